<?php
/**
 * A block per widget: blocks/<widget>/block.json and render.php (written by `npm run release` from
 * the library's custom-elements.json), rendered on the server as the widget's element. One editor script
 * (editor.js) gives every block its controls, from the same catalogue.
 *
 * @package cst-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * What the editor script needs, in the editor's language: each block's controls (label, help and
 * choices, translated from languages/), the widgets the site shows on every page, and the notice a
 * block of one of those shows instead of a preview.
 *
 * @return array
 */
function cst_widgets_editor_data() {
	$blocks = array();
	foreach ( cst_widgets_catalogue()['widgets'] as $widget ) {
		$blocks[] = array(
			'slug'     => $widget['slug'],
			'tag'      => $widget['tag'],
			'title'    => translate( $widget['title'], 'cst-widgets' ), // phpcs:ignore WordPress.WP.I18n -- the catalogue's texts, translated in languages/.
			'controls' => array_map( 'cst_widgets_translated_control', $widget['controls'] ),
		);
	}
	return array(
		'widgets'  => $blocks,
		'siteWide' => cst_widgets_site_wide(),
		'already'  => array(
			'cst-hotline-banner' => __( 'This site shows the hotline banner at the top of every page (Settings → CST widgets), so this block shows nothing on the page: one banner a page.', 'cst-widgets' ),
			'cst-quick-exit'     => __( 'This site shows the quick exit at the top of every page (Settings → CST widgets), so this block shows nothing on the page: one exit a page.', 'cst-widgets' ),
		),
	);
}

/**
 * The blocks' own group in the inserter, first.
 *
 * @param array $categories The editor's block categories.
 * @return array
 */
function cst_widgets_block_category( $categories ) {
	array_unshift(
		$categories,
		array(
			'slug'  => 'cst-widgets',
			'title' => __( 'Child safety (NCMEC)', 'cst-widgets' ),
			'icon'  => 'shield',
		)
	);
	return $categories;
}
add_filter( 'block_categories_all', 'cst_widgets_block_category' );

/** Registers the editor script and every block. */
function cst_widgets_register_blocks() {
	wp_register_script(
		'cst-widgets-editor',
		plugins_url( 'editor.js', CST_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		cst_widgets_catalogue()['version'],
		true
	);
	wp_add_inline_script( 'cst-widgets-editor', 'window.cstWidgets = ' . wp_json_encode( cst_widgets_editor_data() ) . ';', 'before' );
	foreach ( cst_widgets_catalogue()['widgets'] as $widget ) {
		// Its block.json (apiVersion 3) names its render.php and the editor script.
		register_block_type( CST_WIDGETS_DIR . '/blocks/' . $widget['slug'] );
	}
}
add_action( 'init', 'cst_widgets_register_blocks' );

/**
 * The block editor shows the widgets as they render: the all-in script and the CSS, where the
 * editor's content is (`enqueue_block_assets` reaches the editor's iframe, from WordPress 6.3, as
 * well as an editor without one), in the site's language, as its pages show them: the editor's
 * iframe gives its <html> no lang, and the admin's <html lang> is the user's own language. The
 * front end loads its own (includes/render.php).
 */
function cst_widgets_editor_assets() {
	static $language = null; // WordPress runs this hook again for the editor's iframe: one line is enough.
	if ( is_admin() ) {
		wp_enqueue_script( 'cst-widgets' );
		wp_enqueue_style( 'cst-widgets' );
		if ( null === $language ) {
			$language = 0 === strpos( get_locale(), 'es' ) ? 'es' : 'en';
			wp_add_inline_script( 'cst-widgets', sprintf( 'window.CstWidgets && window.CstWidgets.setLocale(%s);', wp_json_encode( $language ) ) );
		}
	}
}
add_action( 'enqueue_block_assets', 'cst_widgets_editor_assets' );
