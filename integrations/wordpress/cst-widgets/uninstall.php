<?php
/**
 * Uninstalling the plugin removes its one option (the site-wide banner and quick exit), on every
 * site of a multisite network. Posts keep their blocks and shortcodes: without the plugin, a block
 * shows nothing, and a shortcode shows its own text (`[cst_quick_exit]`).
 *
 * @package cst-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $cst_widgets_site ) {
		switch_to_blog( $cst_widgets_site );
		delete_option( 'cst_widgets_site_wide' );
		restore_current_blog();
	}
} else {
	delete_option( 'cst_widgets_site_wide' );
}
