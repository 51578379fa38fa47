<?php
/**
 * A block per widget: blocks/<widget>/block.json (written by `npm run release` from the library's
 * custom-elements.json), rendered on the server as the widget's element. One editor script
 * (editor.js) gives every block its controls, from the same catalogue.
 *
 * @package cst-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the editor script and every block. */
function cst_widgets_register_blocks() {
	wp_register_script(
		'cst-widgets-editor',
		plugins_url( 'editor.js', CST_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		cst_widgets_catalogue()['version'],
		true
	);
	wp_add_inline_script( 'cst-widgets-editor', 'window.cstWidgets = ' . wp_json_encode( cst_widgets_catalogue()['widgets'] ) . ';', 'before' );
	foreach ( cst_widgets_catalogue()['widgets'] as $widget ) {
		register_block_type(
			CST_WIDGETS_DIR . '/blocks/' . $widget['slug'],
			array(
				'render_callback' => function ( $attributes ) use ( $widget ) {
					return cst_widgets_element( $widget['tag'], is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
}
add_action( 'init', 'cst_widgets_register_blocks' );

/** The block editor shows the widgets as they render: it loads the all-in script and the CSS. */
function cst_widgets_editor_assets() {
	wp_enqueue_script( 'cst-widgets' );
	wp_enqueue_style( 'cst-widgets' );
}
add_action( 'enqueue_block_editor_assets', 'cst_widgets_editor_assets' );
