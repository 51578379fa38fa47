/**
 * The block editor's side of every CST widgets block: a panel of controls made from the widget's
 * attributes (window.cstWidgets, the plugin's catalogue), and a preview rendered by the server, as
 * the page will show it. Plain JavaScript on WordPress's own globals: no build step.
 */
(function (wp, widgets) {
  const h = wp.element.createElement;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, ToggleControl, TextControl, CheckboxControl, BaseControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;

  /** The control for one attribute, by its type. */
  function control(attribute, value, set) {
    const label = attribute.label;
    const help = attribute.help;
    switch (attribute.type) {
      case 'boolean':
        return h(ToggleControl, { key: attribute.name, label, help, checked: !!value, onChange: set });
      case 'enum':
        return h(SelectControl, {
          key: attribute.name,
          label,
          help,
          value,
          options: attribute.options.map((option) => ({ value: option, label: option })),
          onChange: set,
        });
      case 'list': {
        const chosen = Array.isArray(value) ? value : [];
        return h(
          BaseControl,
          { key: attribute.name, id: `cst-${attribute.name}`, label, help },
          attribute.options.map((option) =>
            h(CheckboxControl, {
              key: option,
              label: option,
              checked: chosen.includes(option),
              onChange: (on) => set(on ? [...chosen, option] : chosen.filter((x) => x !== option)),
            }),
          ),
        );
      }
      default:
        return h(TextControl, { key: attribute.name, label, help, value: value || '', type: attribute.type === 'url' ? 'url' : 'text', onChange: set });
    }
  }

  for (const widget of widgets) {
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
              widget.attributes.map((attribute) => control(attribute, attributes[attribute.name], (value) => setAttributes({ [attribute.name]: value }))),
            ),
          ),
          h(ServerSideRender, { block: name, attributes }),
        );
      },
      save: () => null,
    });
  }
})(window.wp, window.cstWidgets || []);
