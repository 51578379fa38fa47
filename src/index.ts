/**
 * cst-widgets: every widget and the locale start-up. The package's main ESM export, and
 * through src/drop-in.ts the drop-in script.
 */
export { getLocale, setLocale, type Locale } from './localization.js';
export { VERSION as version } from './internal/version.js';
// The quick exit first: where elements are defined one per task (the drop-in), the safety exit is ready soonest.
export { CstQuickExit } from './components/quick-exit/quick-exit.js';
export type { ExitDetail, QuickExitPosition } from './components/quick-exit/quick-exit.js';
export { CstHotlineBanner } from './components/hotline-banner/hotline-banner.js';
export type { BannerVariant, HotlineCallDetail, HotlineLine } from './components/hotline-banner/hotline-banner.js';
export { CstStat } from './components/stat/stat.js';
export { CstOverview } from './components/overview/overview.js';
export { CstRedFlags } from './components/red-flags/red-flags.js';
export type { FilterChangeDetail, RedFlagKind } from './components/red-flags/red-flags.js';
export { CstTraffickingTypes } from './components/trafficking-types/trafficking-types.js';
export { CstTraffickingType } from './components/trafficking-types/trafficking-type.js';
export { CstDoDont } from './components/do-dont/do-dont.js';
export type { DoDontVariant } from './components/do-dont/do-dont.js';
export { CstMissingChild } from './components/missing-child/missing-child.js';
export { CstKeepingSafer } from './components/keeping-safer/keeping-safer.js';
export { CstSupport } from './components/support/support.js';
export { CstGuide } from './components/guide/guide.js';
export type { Audience } from './content/types.js';
