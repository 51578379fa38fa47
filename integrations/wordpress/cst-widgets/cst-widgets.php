<?php
/**
 * Plugin Name:       CST widgets
 * Description:       NCMEC's hotline, warning signs and guidance on child sex trafficking, as blocks and shortcodes, and a hotline banner and quick exit on every page. Content from the National Center for Missing & Exploited Children's guides.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       cst-widgets
 *
 * @package cst-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'CST_WIDGETS_DIR', __DIR__ );
define( 'CST_WIDGETS_FILE', __FILE__ );

require_once __DIR__ . '/includes/catalogue.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/settings.php';
