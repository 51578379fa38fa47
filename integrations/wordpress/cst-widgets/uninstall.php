<?php
/**
 * Uninstalling the plugin removes its one option (the site-wide banner and quick exit). Posts keep
 * their blocks and shortcodes; without the plugin they show nothing.
 *
 * @package cst-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'cst_widgets_site_wide' );
