/**
 * The block editor's side of every CST widgets block: a panel of controls, the options the embed
 * builder offers in its words, translated by the plugin (window.cstWidgets, from
 * cst_widgets_editor_data()); and a preview rendered by the server, as the page will show it, that
 * cannot be used (an author's click or keys never leave the editor). Plain JavaScript on
 * WordPress's own globals: no build step.
 */
(function (wp, data) {
  const h = wp.element.createElement;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, ToggleControl, TextControl, CheckboxControl, BaseControl, Notice } = wp.components;
  const ServerSideRender = wp.serverSideRender;

  /** The control for one option, by its kind (src/embed.js), in the words the plugin gives (translated). */
  function control(option, value, set) {
    const { name, label, help } = option;
    switch (option.kind) {
      case 'boolean':
        return h(ToggleControl, { key: name, label, help, checked: !!value, onChange: set });
      case 'enum':
      case 'level':
        return h(SelectControl, { key: name, label, help, value, options: option.choices.map((c) => ({ value: c.value, label: c.label })), onChange: set });
      case 'list': {
        const chosen = Array.isArray(value) ? value : [];
        return h(
          BaseControl,
          { key: name, id: `cst-${name}`, label, help },
          option.choices.map((choice) =>
            h(CheckboxControl, {
              key: choice.value,
              label: choice.label,
              checked: chosen.includes(choice.value),
              onChange: (on) => set(on ? [...chosen, choice.value] : chosen.filter((x) => x !== choice.value)),
            }),
          ),
        );
      }
      default:
        return h(TextControl, { key: name, label, help, value: value || '', type: option.kind === 'https' ? 'url' : 'text', onChange: set });
    }
  }

  /** The attributes the preview is drawn with: the block's, and no Shift shortcut for a quick exit. */
  function preview(widget, attributes) {
    return widget.tag === 'cst-quick-exit' ? { ...attributes, 'no-shortcut': true } : attributes;
  }

  for (const widget of data.widgets) {
    wp.blocks.registerBlockType(`cst-widgets/${widget.slug}`, {
      edit({ attributes, setAttributes, name }) {
        return h(
          'div',
          useBlockProps(),
          h(
            InspectorControls,
            null,
            h(
              PanelBody,
              { title: widget.title },
              widget.controls.map((option) => control(option, attributes[option.name], (value) => setAttributes({ [option.name]: value }))),
            ),
          ),
          data.siteWide.includes(widget.tag)
            ? h(Notice, { status: 'info', isDismissible: false, className: 'cst-widgets-site-wide' }, data.already[widget.tag])
            : // The preview looks as the page will, but cannot be used: inert (no click, no focus, no
              // link followed, shadow content included), and a quick exit without its Shift shortcut,
              // so that nothing an author does in the editor leaves it.
              h('div', { inert: '', className: 'cst-widgets-preview' }, h(ServerSideRender, { block: name, attributes: preview(widget, attributes) })),
        );
      },
      save: () => null,
    });
  }
})(window.wp, window.cstWidgets || { widgets: [], siteWide: [], already: {} });
