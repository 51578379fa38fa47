<?php
/**
 * Settings → CST widgets: the hotline banner and the quick exit on every page. WordPress's
 * Settings API gives the page its nonce and capability check (manage_options); every value is
 * validated on save and escaped on output.
 *
 * @package cst-widgets
 */

defined( 'ABSPATH' ) || exit;

const CST_WIDGETS_OPTION = 'cst_widgets_site_wide';

/**
 * The site-wide settings, with their defaults: both off.
 *
 * @return array
 */
function cst_widgets_settings() {
	$defaults = array(
		'banner'             => false,
		'banner_audience'    => 'general',
		'banner_variant'     => 'full',
		'banner_dismissible' => false,
		'exit'               => false,
		'exit_href'          => cst_widgets_default_exit(),
		'exit_note'          => false,
	);
	$saved    = get_option( CST_WIDGETS_OPTION, array() );
	return array_merge( $defaults, is_array( $saved ) ? array_intersect_key( $saved, $defaults ) : array() );
}

/**
 * The values one of the banner's attributes takes, from the catalogue.
 *
 * @param string $name `audience` or `variant`.
 * @return string[]
 */
function cst_widgets_banner_options( $name ) {
	return cst_widgets_attribute( 'cst-hotline-banner', $name )['options'];
}

/**
 * Validates the settings form. An exit address that is not https:, or is on this site, keeps the
 * one saved before, with an error shown on the page.
 *
 * @param mixed $input The submitted values.
 * @return array
 */
function cst_widgets_sanitize_settings( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$previous = cst_widgets_settings();
	$audience = isset( $input['banner_audience'] ) ? sanitize_key( $input['banner_audience'] ) : '';
	$variant  = isset( $input['banner_variant'] ) ? sanitize_key( $input['banner_variant'] ) : '';
	$typed    = isset( $input['exit_href'] ) ? trim( (string) wp_unslash( $input['exit_href'] ) ) : '';
	$href     = cst_widgets_exit_url( $typed );
	if ( '' !== $typed && '' === $href ) {
		add_settings_error( CST_WIDGETS_OPTION, 'exit_href', __( 'The exit address must be a full https: address of another site, such as https://www.weather.gov/. The previous address is kept.', 'cst-widgets' ) );
		$href = $previous['exit_href'];
	}
	return array(
		'banner'             => ! empty( $input['banner'] ),
		'banner_audience'    => in_array( $audience, cst_widgets_banner_options( 'audience' ), true ) ? $audience : 'general',
		'banner_variant'     => in_array( $variant, cst_widgets_banner_options( 'variant' ), true ) ? $variant : 'full',
		'banner_dismissible' => ! empty( $input['banner_dismissible'] ),
		'exit'               => ! empty( $input['exit'] ),
		'exit_href'          => '' === $href ? cst_widgets_default_exit() : $href,
		'exit_note'          => ! empty( $input['exit_note'] ),
	);
}

/** Registers the setting and the page. */
function cst_widgets_register_settings() {
	register_setting(
		'cst_widgets',
		CST_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'cst_widgets_sanitize_settings',
			'default'           => array(),
		)
	);
}
add_action( 'admin_init', 'cst_widgets_register_settings' );

/** The menu entry under Settings, for administrators only. */
function cst_widgets_settings_menu() {
	add_options_page( __( 'CST widgets', 'cst-widgets' ), __( 'CST widgets', 'cst-widgets' ), 'manage_options', 'cst-widgets', 'cst_widgets_settings_page' );
}
add_action( 'admin_menu', 'cst_widgets_settings_menu' );

/**
 * A row of the form: a label and its field.
 *
 * @param string $id    The field's id.
 * @param string $label The label, escaped here.
 * @param string $field The field's HTML, already escaped.
 * @param string $help  A line of help, escaped here.
 */
function cst_widgets_row( $id, $label, $field, $help = '' ) {
	printf(
		'<tr><th scope="row"><label for="%1$s">%2$s</label></th><td>%3$s%4$s</td></tr>',
		esc_attr( $id ),
		esc_html( $label ),
		$field, // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped parts below.
		$help ? '<p class="description" id="' . esc_attr( $id ) . '-help">' . esc_html( $help ) . '</p>' : ''
	);
}

/**
 * A checkbox field.
 *
 * @param string $key  The setting.
 * @param bool   $on   Its value.
 * @param string $text The text beside it.
 * @return string
 */
function cst_widgets_checkbox( $key, $on, $text ) {
	return sprintf(
		'<label><input type="checkbox" id="cst-%1$s" name="%2$s[%1$s]" value="1" %3$s> %4$s</label>',
		esc_attr( $key ),
		esc_attr( CST_WIDGETS_OPTION ),
		checked( $on, true, false ),
		esc_html( $text )
	);
}

/**
 * A select field.
 *
 * @param string $key     The setting.
 * @param string $value   Its value.
 * @param array  $choices Its values, each with its words (already translated).
 * @return string
 */
function cst_widgets_select( $key, $value, $choices ) {
	$html = sprintf( '<select id="cst-%1$s" name="%2$s[%1$s]">', esc_attr( $key ), esc_attr( CST_WIDGETS_OPTION ) );
	foreach ( $choices as $choice ) {
		$html .= sprintf( '<option value="%1$s" %2$s>%3$s</option>', esc_attr( $choice['value'] ), selected( $value, $choice['value'], false ), esc_html( $choice['label'] ) );
	}
	return $html . '</select>';
}

/**
 * One of the banner's block controls (`audience`, `variant`), its words translated: the settings
 * offer the same choices, in the same words, as the block.
 *
 * @param string $name The option.
 * @return array `label`, `help` and `choices`.
 */
function cst_widgets_banner_control( $name ) {
	foreach ( cst_widgets_widget( 'cst-hotline-banner' )['controls'] as $control ) {
		if ( $control['name'] === $name ) {
			return cst_widgets_translated_control( $control );
		}
	}
	return array(
		'label'   => $name,
		'choices' => array(),
	);
}

/** The settings page. */
function cst_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = cst_widgets_settings();
	echo '<div class="wrap"><h1>' . esc_html__( 'CST widgets', 'cst-widgets' ) . '</h1>';
	echo '<p>' . esc_html__( "NCMEC's 24-hour hotline banner and a quick exit on every page of the site. For one page, use the blocks (or the shortcodes, such as [cst_red_flags]).", 'cst-widgets' ) . '</p>';
	echo '<form method="post" action="options.php">';
	settings_fields( 'cst_widgets' );
	echo '<h2>' . esc_html__( 'Hotline banner', 'cst-widgets' ) . '</h2><table class="form-table" role="presentation">';
	cst_widgets_row( 'cst-banner', __( 'On every page', 'cst-widgets' ), cst_widgets_checkbox( 'banner', $settings['banner'], __( 'Show the hotline banner at the top of every page', 'cst-widgets' ) ) );
	$audience = cst_widgets_banner_control( 'audience' );
	$variant  = cst_widgets_banner_control( 'variant' );
	cst_widgets_row( 'cst-banner_audience', $audience['label'], cst_widgets_select( 'banner_audience', $settings['banner_audience'], $audience['choices'] ), __( 'The message for that reader, from the guide written for them.', 'cst-widgets' ) );
	cst_widgets_row( 'cst-banner_variant', $variant['label'], cst_widgets_select( 'banner_variant', $settings['banner_variant'], $variant['choices'] ) );
	cst_widgets_row( 'cst-banner_dismissible', __( 'Close button', 'cst-widgets' ), cst_widgets_checkbox( 'banner_dismissible', $settings['banner_dismissible'], __( 'Readers may close it (for that page only)', 'cst-widgets' ) ) );
	echo '</table><h2>' . esc_html__( 'Quick exit', 'cst-widgets' ) . '</h2><table class="form-table" role="presentation">';
	cst_widgets_row( 'cst-exit', __( 'On every page', 'cst-widgets' ), cst_widgets_checkbox( 'exit', $settings['exit'], __( 'Show the "Exit this page" button on every page', 'cst-widgets' ) ) );
	cst_widgets_row(
		'cst-exit_href',
		__( 'Exit address', 'cst-widgets' ),
		sprintf( '<input type="url" class="regular-text" id="cst-exit_href" name="%s[exit_href]" value="%s" aria-describedby="cst-exit_href-help">', esc_attr( CST_WIDGETS_OPTION ), esc_attr( $settings['exit_href'] ) ),
		__( 'A neutral https: site the button goes to (not a page of this site).', 'cst-widgets' )
	);
	cst_widgets_row( 'cst-exit_note', __( 'Note', 'cst-widgets' ), cst_widgets_checkbox( 'exit_note', $settings['exit_note'], __( 'Say under the button that leaving does not erase the browsing history', 'cst-widgets' ) ) );
	echo '</table>';
	submit_button();
	echo '</form></div>';
}

/**
 * The widgets shown on every page, as tags.
 *
 * @return string[]
 */
function cst_widgets_site_wide() {
	$settings = cst_widgets_settings();
	return array_values( array_filter( array( $settings['exit'] ? 'cst-quick-exit' : '', $settings['banner'] ? 'cst-hotline-banner' : '' ) ) );
}

/**
 * The site-wide banner's markup.
 *
 * @return string
 */
function cst_widgets_site_banner() {
	$settings = cst_widgets_settings();
	return cst_widgets_element(
		'cst-hotline-banner',
		array(
			'audience'    => $settings['banner_audience'],
			'variant'     => $settings['banner_variant'],
			'dismissible' => $settings['banner_dismissible'],
		),
		true
	);
}

/**
 * Whether the site-wide banner is already on the page (in a block theme's header).
 *
 * @param bool $now Set it.
 * @return bool
 */
function cst_widgets_banner_placed( $now = false ) {
	static $placed = false;
	$placed = $placed || $now;
	return $placed;
}

/**
 * In a block theme, the banner goes at the top of the theme's header, inside the page's blocks, so
 * that WordPress's "Skip to content" link (which it puts before them) comes before the banner, right
 * after the quick exit. The template is rendered before <body> is written, so
 * cst_widgets_site_wide_markup() then knows the banner has its place.
 *
 * @param string $content The block's HTML.
 * @param array  $block   The block.
 * @return string
 */
function cst_widgets_banner_in_header( $content, $block ) {
	if ( is_admin() || cst_widgets_banner_placed() || 'core/template-part' !== ( $block['blockName'] ?? '' ) || ! cst_widgets_settings()['banner'] ) {
		return $content;
	}
	$attributes = isset( $block['attrs'] ) && is_array( $block['attrs'] ) ? $block['attrs'] : array();
	if ( 'header' !== ( $attributes['area'] ?? '' ) && 'header' !== ( $attributes['slug'] ?? '' ) ) {
		return $content;
	}
	cst_widgets_banner_placed( true );
	return cst_widgets_site_banner() . $content;
}
add_filter( 'render_block', 'cst_widgets_banner_in_header', 10, 2 );

/**
 * At the top of every page: the quick exit first (the first thing the keyboard reaches), then the
 * banner, unless a block theme's header already holds it.
 */
function cst_widgets_site_wide_markup() {
	$settings = cst_widgets_settings();
	$html     = '';
	if ( $settings['exit'] ) {
		$html .= cst_widgets_element(
			'cst-quick-exit',
			array(
				'href'      => $settings['exit_href'],
				'show-note' => $settings['exit_note'],
			),
			true
		);
	}
	if ( $settings['banner'] && ! cst_widgets_banner_placed() ) {
		$html .= cst_widgets_site_banner();
	}
	echo $html; // phpcs:ignore WordPress.Security.EscapeOutput -- cst_widgets_element escapes every attribute.
}
add_action( 'wp_body_open', 'cst_widgets_site_wide_markup' );
