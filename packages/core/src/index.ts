export { BelfryElement } from './belfry-element.js';
export { warnOnce } from './warn.js';
export { devMode, onServer } from './environment.js';
export type { BelfryEventMap, BelfryEventName, EmitOptions } from './belfry-element.js';
export { baseStyles } from './styles.js';
export {
  LocalizeController,
  defineStrings,
  fallbackLocale,
  findLang,
  intlLocales,
  locales,
  registerStrings,
  resolveLocale,
} from './localize.js';
export type {
  Catalog,
  Catalogs,
  ComponentStrings,
  Locale,
  LocalizableHost,
  Message,
  MessageParams,
  PluralMessage,
  RegisteredStrings,
  StringOverrides,
} from './localize.js';
export { formatCurrency, formatDate, formatNumber } from './format.js';
export type { HasLocale } from './format.js';
export { announce } from './announce.js';
export type { AnnounceOptions, Politeness } from './announce.js';
export { submitForm } from './form.js';
export type { SubmitOptions } from './form.js';
export { fillHrefTemplate, hrefTemplateProblem, safeUrl } from './safe-url.js';
export type { HrefTemplateProblem } from './safe-url.js';
export { SlotController } from './slots.js';
export { setServerLang } from './set-server-lang.js';
export type { ServerLang } from './set-server-lang.js';
export { listErrorsOf, submitButton, watchForm } from './form.js';
export type { FormInvalidDetail, SubmitButtonElement } from './form.js';
export { FormControlController, FormControlElement, registerKnownValues } from './form-control.js';
export type {
  BoxesCheck,
  FieldValidator,
  FieldValidatorContext,
  FormControlHost,
  FormControlOptions,
  KnownValue,
  KnownValueField,
  ManagedPart,
  NativeControl,
} from './form-control.js';
export { formControlStrings } from './form-control.strings.js';
export type { FormControlStrings } from './form-control.strings.js';
export { translate } from './localize.js';
export * from './validators/index.js';
export { isKnownSource, knownSources, sourceStrings, sourceText } from './sources.js';
export type { KnownSource, SourceStrings, SourceText } from './sources.js';
export { knownValueStyles } from './known-value.styles.js';
export { knownValueSlots } from './known-value-slots.js';
export { knownValues } from './known-value.js';
export { FieldPresetController, registerFieldPresets } from './field-preset.js';
export type { FieldPresetHost, FieldPresetSet } from './field-preset.js';
export { belgianFieldPresets, findPreset, presetAliases } from './belgian-presets.js';
export type { FieldPresetName } from './belgian-presets.js';
export { fieldStyles } from './field-styles.js';
export { choiceGroupStyles, choiceStyles } from './choice.styles.js';
export {
  ChoiceController,
  ChoiceElement,
  ChoiceGroupController,
  ChoiceGroupElement,
} from './choice.js';
export type {
  ChoiceGroupHost,
  ChoiceGroupOptions,
  ChoiceGroupState,
  ChoiceOptionHost,
  ChoiceStrings,
  ChoiceType,
} from './choice.js';
export {
  containerHeadingLevel,
  headingLevel,
  renderHeading,
  servedHeadingLevel,
} from './heading.js';
export type { HeadingLevel, HeadingOptions } from './heading.js';
export { AppearanceController } from './appearance.js';
export type { AppearanceHost } from './appearance.js';
export { moveFocusFrom } from './focus.js';
export {
  fileTypeName,
  formatFileSize,
  linkInfo,
  linkInfoStrings,
  newTabPhrase,
  opensInNewTab,
  parseFileSize,
} from './link-info.js';
export type { LinkInfo, LinkInfoLocalizer, LinkInfoOptions, LinkInfoStrings } from './link-info.js';
export { whenRestored } from './restore.js';
export { adoptLightStyles } from './light-styles.js';
export { enclosingLandmark } from './landmarks.js';
export {
  applyAnswers,
  isDraftable,
  isFormAnswers,
  noDraftAttribute,
  readAnswers,
} from './form-answers.js';
export type { ApplyAnswersOptions, FormAnswer, FormAnswers } from './form-answers.js';
export { lockPageScroll, unlockPageScroll, isPageScrollLocked } from './scroll-lock.js';
export { deepActiveElement, flatParent, isInside, rememberFocus } from './focus-return.js';
export type { ReturnFocus } from './focus-return.js';
export { tabbableElements, wrapTabFocus } from './focus-trap.js';
export { enterModal, leaveModal, topModalContainer } from './modal.js';
export { DisclosureController } from './disclosure.js';
export type { DisclosureHost, DisclosureOptions, DisclosureSource } from './disclosure.js';
export {
  belgianHolidayNames,
  belgianHolidayOn,
  belgianHolidays,
  brusselsInstant,
  brusselsTime,
  civilDate,
  closedDay,
  dayNumber,
  easterSunday,
  openingStatus,
  parseOpeningHours,
  rangesOn,
  upcomingClosures,
  weekdayCodes,
  weekdayOf,
  weeklyRows,
} from './opening-hours.js';
export type {
  BelgianHoliday,
  BrusselsTime,
  CivilDate,
  ClosedReason,
  OpeningChange,
  OpeningHours,
  OpeningHoursOptions,
  OpeningRange,
  OpeningStatus,
  ParsedOpeningHours,
  Weekday,
  WeeklyRow,
} from './opening-hours.js';
export { openingHoursStrings } from './opening-hours.strings.js';
export type { OpeningHoursStrings } from './opening-hours.strings.js';
export {
  OpeningHoursController,
  describeExceptions,
  describeOpeningStatus,
  describeWeek,
  formatDay,
  formatTimeOfDay,
  weekdayName,
} from './opening-hours-controller.js';
export type {
  OpeningHoursControllerOptions,
  OpeningHoursHost,
  OpeningHoursLocalizer,
  OpeningStatusText,
  WeeklyRowText,
} from './opening-hours-controller.js';
export { forgetOpen, recallOpen, rememberOpen } from './disclosure-memory.js';
export type { DisclosureMemoryKey } from './disclosure-memory.js';
export { clipboardStrings, copyText } from './clipboard.js';
export type { ClipboardStrings, CopyTextOptions } from './clipboard.js';
export { phoneLink } from './phone-link.js';
export type { PhoneLink } from './phone-link.js';
export { DisclosureGroupController } from './disclosure-group.js';
export type {
  DisclosureGroupHost,
  DisclosureGroupOptions,
  DisclosureGroupRenderOptions,
  DisclosureGroupTerm,
} from './disclosure-group.js';
export { disclosureStyles } from './disclosure.styles.js';
export { disclosureGroupStyles } from './disclosure-group.styles.js';
export { fontFamilyBase } from './styles.js';
export { bodyText } from './text.styles.js';
