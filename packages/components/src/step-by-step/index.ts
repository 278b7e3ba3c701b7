import { BfStepByStep } from './step-by-step.js';
import { BfStepByStepItem } from './step-by-step-item.js';

export { BfStepByStep, stepByStepVariants } from './step-by-step.js';
export type { StepByStepVariant } from './step-by-step.js';
export { BfStepByStepItem, stepLogics, stepStatuses } from './step-by-step-item.js';
export type { StepByStepToggleDetail, StepLogic, StepStatus } from './step-by-step-item.js';
export { stepByStepStrings } from './step-by-step.strings.js';
export type { StepByStepStrings } from './step-by-step.strings.js';

// Steps first, as the list would (BelfryElement.define registers its dependencies).
BfStepByStepItem.define('bf-step-by-step-item');
BfStepByStep.define('bf-step-by-step');

declare global {
  interface HTMLElementTagNameMap {
    'bf-step-by-step': BfStepByStep;
    'bf-step-by-step-item': BfStepByStepItem;
  }
}
