import { BfStepper } from './stepper.js';
import { BfStepperStep } from './stepper-step.js';

export { BfStepper, formatStepLabel, shownStatuses } from './stepper.js';
export { BfStepperStep, stepStatuses, toStepStatus } from './stepper-step.js';
export type { StepChangeDetail, StepStatus } from './stepper-step.js';
export { stepperStrings } from './stepper.strings.js';
export type { StepperStrings } from './stepper.strings.js';

// Steps first, as the stepper would (BelfryElement.define registers its dependencies).
BfStepperStep.define('bf-stepper-step');
BfStepper.define('bf-stepper');

declare global {
  interface HTMLElementTagNameMap {
    'bf-stepper': BfStepper;
    'bf-stepper-step': BfStepperStep;
  }
}
