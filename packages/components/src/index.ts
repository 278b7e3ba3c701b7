// Classes and types only: importing this entry registers nothing. Register a component with
// its own entry, e.g. `import '@belfry/components/button'`, or everything with `belfry.js`.
export { BfButton, buttonTypes, buttonVariants } from './button/button.js';
export type { ButtonType, ButtonVariant } from './button/button.js';
// Types only, erased from the JavaScript: every element's tag in `HTMLElementTagNameMap`, so
// `document.querySelector('bf-button')` is typed for users of this entry too.
export type {} from './button/index.js';
export type {} from './icon/index.js';
export type {} from './text-field/index.js';
export type {} from './date-field/index.js';
export { buttonStrings } from './button/button.strings.js';
export type { ButtonStrings } from './button/button.strings.js';
export { BfIcon, iconSizes } from './icon/icon.js';
export type { IconSize } from './icon/icon.js';
export { builtInIcons } from './icon/icon-set.js';
export type { BuiltInIconName } from './icon/icon-set.js';
export { iconNames, registerIcon, registerIcons } from './icon/registry.js';
export type { IconDefinition, IconPaint } from './icon/registry.js';
export * from './icon/icons.js';
export { announce, registerStrings, resolveLocale } from '@belfry/core';
export type { Locale, RegisteredStrings } from '@belfry/core';
export { BfFieldset, legendHeadingLevels } from './fieldset/fieldset.js';
export type { LegendHeadingLevel } from './fieldset/fieldset.js';
export type {} from './fieldset/index.js';
export type {} from './error-summary/index.js';
export { BfErrorSummary, errorSummaryHeadingLevels } from './error-summary/error-summary.js';
export type { ErrorSummaryHeadingLevel, ErrorSummaryItem } from './error-summary/error-summary.js';
export { setErrorTitle } from './error-summary/error-title.js';
export { errorSummaryStrings } from './error-summary/error-summary.strings.js';
export type { ErrorSummaryStrings } from './error-summary/error-summary.strings.js';
export type {} from './summary-list/index.js';
export { BfSummaryList } from './summary-list/summary-list.js';
export { BfSummaryListRow } from './summary-list/summary-list-row.js';
export { summaryListStrings } from './summary-list/summary-list.strings.js';
export type { SummaryListStrings } from './summary-list/summary-list.strings.js';
export { knownSources, sourceStrings } from '@belfry/core';
export type { KnownSource, SourceStrings } from '@belfry/core';
export { BfTextField, textFieldTypes, textFieldWidths } from './text-field/text-field.js';
export type { TextFieldType, TextFieldWidth } from './text-field/text-field.js';
export { textFieldStrings } from './text-field/text-field.strings.js';
export type { TextFieldStrings } from './text-field/text-field.strings.js';
export type {} from './textarea/index.js';
export { BfTextarea } from './textarea/textarea.js';
export type {} from './select/index.js';
export { BfSelect } from './select/select.js';
export { selectStrings } from './select/select.strings.js';
export type { SelectStrings } from './select/select.strings.js';
export { BfCheckbox } from './checkbox/checkbox.js';
export type {} from './checkbox/index.js';
export { checkboxStrings } from './checkbox/checkbox.strings.js';
export type { CheckboxStrings } from './checkbox/checkbox.strings.js';
export { BfCheckboxGroup } from './checkbox-group/checkbox-group.js';
export type {} from './checkbox-group/index.js';
export { checkboxGroupStrings } from './checkbox-group/checkbox-group.strings.js';
export type { CheckboxGroupStrings } from './checkbox-group/checkbox-group.strings.js';
export { BfRadio } from './radio/radio.js';
export type {} from './radio/index.js';
export { BfRadioGroup } from './radio-group/radio-group.js';
export type {} from './radio-group/index.js';
export { radioGroupStrings } from './radio-group/radio-group.strings.js';
export type { RadioGroupStrings } from './radio-group/radio-group.strings.js';
export { BfDateField, dateRules } from './date-field/date-field.js';
export type { DateRule } from './date-field/date-field.js';
export { dateFieldStrings } from './date-field/date-field.strings.js';
export type { DateFieldStrings } from './date-field/date-field.strings.js';
export { checkDate, formatIsoDate, parseIsoDate, splitDate } from './date-field/date-parts.js';
export type {
  CalendarDate,
  DateCheck,
  DateConstraints,
  DatePart,
  DateParts,
  DateProblem,
} from './date-field/date-parts.js';
export type {} from './alert/index.js';
export { BfAlert, alertAnnounceModes, alertVariants } from './alert/alert.js';
export type { AlertAnnounceMode, AlertDismissDetail, AlertVariant } from './alert/alert.js';
export { alertStrings } from './alert/alert.strings.js';
export type { AlertStrings } from './alert/alert.strings.js';
export type {} from './tag/index.js';
export { BfTag, tagVariants } from './tag/tag.js';
export type { TagVariant } from './tag/tag.js';
export type {} from './spinner/index.js';
export { BfSpinner, spinnerSizes } from './spinner/spinner.js';
export type { SpinnerSize } from './spinner/spinner.js';
export { spinnerStrings } from './spinner/spinner.strings.js';
export type { SpinnerStrings } from './spinner/spinner.strings.js';
export type {} from './language-switcher/index.js';
export {
  BfLanguageSwitcher,
  defaultLanguages,
  languageName,
  languageSwitcherLabels,
} from './language-switcher/language-switcher.js';
export type {
  LanguageChangeDetail,
  LanguageOption,
  LanguageSwitcherLabels,
} from './language-switcher/language-switcher.js';
export { languageSwitcherStrings } from './language-switcher/language-switcher.strings.js';
export type { LanguageSwitcherStrings } from './language-switcher/language-switcher.strings.js';
export type {} from './header/index.js';
export { BfHeader } from './header/header.js';
export { headerStrings } from './header/header.strings.js';
export type { HeaderStrings } from './header/header.strings.js';
export type {} from './footer/index.js';
export { BfFooter } from './footer/footer.js';
export { footerStrings } from './footer/footer.strings.js';
export type { FooterStrings } from './footer/footer.strings.js';
export { BfLink } from './link/link.js';
export type {} from './link/index.js';
export { linkStrings } from './link/link.strings.js';
export type { LinkStrings } from './link/link.strings.js';
export { BfSkipLink } from './skip-link/skip-link.js';
export type {} from './skip-link/index.js';
export { skipLinkStrings } from './skip-link/skip-link.strings.js';
export type { SkipLinkStrings } from './skip-link/skip-link.strings.js';
export type {} from './draft/index.js';
export { BfDraft, draftStorages } from './draft/draft.js';
export type { DraftClearDetail, DraftRestoreDetail, DraftSaveDetail } from './draft/draft.js';
export { draftStrings } from './draft/draft.strings.js';
export type { DraftStrings } from './draft/draft.strings.js';
export type {} from './accordion/index.js';
export { BfAccordion } from './accordion/accordion.js';
export { BfAccordionItem } from './accordion/accordion-item.js';
export type { AccordionToggleDetail } from './accordion/accordion-item.js';
export { accordionStrings } from './accordion/accordion.strings.js';
export type { AccordionStrings } from './accordion/accordion.strings.js';
export type {} from './dialog/index.js';
export { BfDialog } from './dialog/dialog.js';
export type {
  DialogCloseDetail,
  DialogCloseReason,
  DialogCloseRequestReason,
  DialogRequestCloseDetail,
} from './dialog/dialog.js';
export { dialogStrings } from './dialog/dialog.strings.js';
export type { DialogStrings } from './dialog/dialog.strings.js';
export type {} from './breadcrumbs/index.js';
export { BfBreadcrumbs } from './breadcrumbs/breadcrumbs.js';
export { breadcrumbsStrings } from './breadcrumbs/breadcrumbs.strings.js';
export type { BreadcrumbsStrings } from './breadcrumbs/breadcrumbs.strings.js';
export type {} from './pagination/index.js';
export { BfPagination, pageRange } from './pagination/pagination.js';
export type { PageChangeDetail, PageRangeItem } from './pagination/pagination.js';
export { paginationStrings } from './pagination/pagination.strings.js';
export type { PaginationStrings } from './pagination/pagination.strings.js';
export type {} from './help/index.js';
export { BfHelp, helpPanels } from './help/help.js';
export type { HelpPanel } from './help/help.js';
export { BfHelpOption, helpOptionKinds, telHref } from './help/help-option.js';
export type {
  CallbackState,
  HelpAssistantDetail,
  HelpDefaults,
  HelpOptionKind,
} from './help/help-option.js';
export { nearestLocations } from './help/model.js';
export type {
  CallbackHandler,
  CallbackKnown,
  CallbackKnownDetail,
  CallbackRequest,
  CallbackResult,
  CallbackTimeSlot,
  HelpCloseness,
  HelpLocation,
  HelpMatch,
} from './help/model.js';
export { helpStrings } from './help/help.strings.js';
export type { HelpStrings } from './help/help.strings.js';
export type {} from './alternative-channels/index.js';
export {
  BfAlternativeChannels,
  alternativeChannelsVariants,
} from './alternative-channels/alternative-channels.js';
export type {
  AlternativeChannelsToggleDetail,
  AlternativeChannelsVariant,
} from './alternative-channels/alternative-channels.js';
export {
  BfChannel,
  channelCosts,
  channelKinds,
  phoneValue,
} from './alternative-channels/channel.js';
export type { ChannelCost, ChannelKind } from './alternative-channels/channel.js';
export {
  alternativeChannelsStrings,
  channelStrings,
} from './alternative-channels/alternative-channels.strings.js';
export type {
  AlternativeChannelsStrings,
  ChannelStrings,
} from './alternative-channels/alternative-channels.strings.js';
export type {} from './stepper/index.js';
export { BfStepper, formatStepLabel, shownStatuses } from './stepper/stepper.js';
export { BfStepperStep, stepStatuses, toStepStatus } from './stepper/stepper-step.js';
export type { StepChangeDetail, StepStatus } from './stepper/stepper-step.js';
export { stepperStrings } from './stepper/stepper.strings.js';
export type { StepperStrings } from './stepper/stepper.strings.js';
export type {} from './step-by-step/index.js';
export { BfStepByStep, stepByStepVariants } from './step-by-step/step-by-step.js';
export type { StepByStepVariant } from './step-by-step/step-by-step.js';
// The stepper has `stepStatuses`/`StepStatus` of its own (a procedure's steps): these are a life
// event's, for a signed-in citizen.
export {
  BfStepByStepItem,
  stepLogics,
  stepStatuses as stepByStepStatuses,
} from './step-by-step/step-by-step-item.js';
export type {
  StepByStepToggleDetail,
  StepLogic,
  StepStatus as StepByStepStatus,
} from './step-by-step/step-by-step-item.js';
export { stepByStepStrings } from './step-by-step/step-by-step.strings.js';
export type { StepByStepStrings } from './step-by-step/step-by-step.strings.js';
export {
  defaultEboxQuery,
  eboxActions,
  eboxDefaultPageSize,
  eboxExpiry,
  eboxLanguages,
  eboxMaxPageSize,
  eboxSortFields,
  eboxUrgentDays,
  expiryPhrase,
  foldSearchText,
  formatEboxDate,
  eboxMatcher,
  matchesEboxQuery,
  messageSubject,
  normalizeEboxQuery,
  parseEboxDate,
  pickText,
  queryEboxMessages,
  sortEboxMessages,
  sameEboxQuery,
  senderName,
  toIsoDay,
} from './ebox/model.js';
export type {
  EboxAction,
  EboxActionDetail,
  EboxAttachment,
  EboxDate,
  EboxExpiry,
  EboxExpiryState,
  EboxHelpdesk,
  EboxLanguage,
  EboxLocalizer,
  EboxMessage,
  EboxMessageType,
  EboxOpenDetail,
  EboxPayment,
  EboxQuery,
  EboxQueryDetail,
  EboxQueryReason,
  EboxQueryResult,
  EboxRetryDetail,
  EboxSelectionDetail,
  EboxSender,
  EboxSortDirection,
  EboxSortField,
  EboxText,
  PickedText,
} from './ebox/model.js';
export { eboxModelStrings } from './ebox/model.strings.js';
export type { EboxModelStrings } from './ebox/model.strings.js';
export type {} from './ebox-list/index.js';
export { BfEboxList } from './ebox-list/ebox-list.js';
export { eboxListStrings } from './ebox-list/ebox-list.strings.js';
export type { EboxListStrings } from './ebox-list/ebox-list.strings.js';
export type {} from './ebox-message/index.js';
export { BfEboxMessage } from './ebox-message/ebox-message.js';
export type {
  EboxAttachmentUrl,
  EboxBackDetail,
  EboxReplyDetail,
} from './ebox-message/ebox-message.js';
export { eboxMessageStrings } from './ebox-message/ebox-message.strings.js';
export type { EboxMessageStrings } from './ebox-message/ebox-message.strings.js';
