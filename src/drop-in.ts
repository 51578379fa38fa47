/**
 * The entry of the drop-in script (`dist/cst-widgets.js`, global `CstWidgets`): the same API as
 * the package's main export, with each element defined in a task of its own (see `defineInTasks`)
 * so that the script never makes one long task. `customElements.whenDefined(tag)` tells a page
 * when a widget is ready.
 */
// First, so that it runs before the widgets' modules define their elements.
import './internal/define-in-tasks.js';

export * from './index.js';
