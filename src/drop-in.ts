/**
 * The entry of the drop-in script (`dist/cst-widgets.js`): every element, each defined in a task of
 * its own (see `defineInTasks`) so that the script never makes one long task, and the global
 * `CstWidgets` (./global.ts) that every release file offers. `customElements.whenDefined(tag)`
 * tells a page when a widget is ready.
 */
// First, so that it runs before the widgets' modules define their elements.
import './internal/define-in-tasks.js';

import './global.js';
import './index.js';
