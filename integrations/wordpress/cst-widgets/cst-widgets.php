<?php
/**
 * Plugin Name:       CST widgets
 * Description:       NCMEC's hotline, warning signs and guidance on child sex trafficking, as blocks and shortcodes, and a hotline banner and quick exit on every page. Content from the National Center for Missing & Exploited Children's guides.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            cst-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       cst-widgets
 *
 * @package cst-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'CST_WIDGETS_DIR', __DIR__ );
define( 'CST_WIDGETS_FILE', __FILE__ );

/**
 * The plugin's words in the site's (or the user's) language: Spanish for any Spanish locale (es_ES,
 * es_MX, es_AR...), from languages/cst-widgets-es.mo; English otherwise.
 */
function cst_widgets_load_translations() {
	if ( 0 === strpos( determine_locale(), 'es' ) ) {
		load_textdomain( 'cst-widgets', __DIR__ . '/languages/cst-widgets-es.mo' );
	}
}
add_action( 'init', 'cst_widgets_load_translations', 0 );

require_once __DIR__ . '/includes/catalogue.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/settings.php';

/**
 * A "Settings" link on the plugin's row of the Plugins screen, for those who may use it.
 *
 * @param string[] $links The row's links.
 * @return string[]
 */
function cst_widgets_action_links( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( admin_url( 'options-general.php?page=cst-widgets' ) ), esc_html__( 'Settings', 'cst-widgets' ) ) );
	}
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'cst_widgets_action_links' );
