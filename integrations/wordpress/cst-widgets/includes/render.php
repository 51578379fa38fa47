<?php
/**
 * A widget as HTML, the files a page loads for the widgets it shows, the shortcodes, and the
 * widgets' tags allowed in authors' HTML.
 *
 * A page loads the placeholder CSS (in <head>, so the page does not jump) and the script for the
 * widgets it shows: for each, the widget's own file (`cst-hotline-banner.css`, `.js`), or the
 * all-in file (`cst-widgets.css`, `.js`) when that is smaller. Pages without a widget load nothing.
 *
 * @package cst-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The language of the fallback markup: the site's, when the library speaks it.
 *
 * @return string `en` or `es`.
 */
function cst_widgets_language() {
	return 0 === strpos( determine_locale(), 'es' ) ? 'es' : 'en';
}

/**
 * The tags of the widgets this request shows (or will show), in the order first met.
 *
 * @param string|null $tag A tag to add.
 * @return string[]
 */
function cst_widgets_used( $tag = null ) {
	static $used = array();
	if ( null !== $tag && cst_widgets_widget( $tag ) && ! in_array( $tag, $used, true ) ) {
		$used[] = $tag;
	}
	return $used;
}

/**
 * A widget as HTML: the element with its valid attributes and, inside it, the fallback markup a
 * reader sees before the script runs (or if it never does).
 *
 * @param string $tag       The element's tag name.
 * @param array  $values    Raw attribute values (from a block, a shortcode or the settings).
 * @param bool   $site_wide Whether it is the site-wide banner or quick exit (Settings, CST widgets).
 * @return string
 */
function cst_widgets_element( $tag, $values, $site_wide = false ) {
	$widget = cst_widgets_widget( $tag );
	if ( ! $widget ) {
		return '';
	}
	// One banner and one quick exit a page: a block or shortcode of one the site already shows on
	// every page gives nothing (the editor says why).
	if ( ! $site_wide && in_array( $tag, cst_widgets_site_wide(), true ) ) {
		return sprintf( '<!-- cst-widgets: %s is on every page of this site (Settings, CST widgets), so this one is left out. -->', esc_html( $tag ) );
	}
	cst_widgets_used( $tag );
	// One page says the emergency path once: with the banner on every page (it shows the path under
	// its number), the other widgets that show it leave it out, unless an author chose its 911 line.
	$chosen = isset( $values['emergency'] ) ? $values['emergency'] : '';
	if ( 'cst-hotline-banner' !== $tag && 'short' !== $chosen && cst_widgets_attribute( $tag, 'emergency' ) && in_array( 'cst-hotline-banner', cst_widgets_site_wide(), true ) ) {
		$values['emergency'] = 'none';
	}
	$attributes = '';
	// Every value is one the widget accepts (an https: address has been checked as such).
	foreach ( cst_widgets_attributes( $widget, $values ) as $name => $value ) {
		$attributes .= '' === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	$catalogue = cst_widgets_catalogue();
	$language  = cst_widgets_language();
	if ( 'cst-quick-exit' === $tag ) {
		$href     = isset( $values['href'] ) ? cst_widgets_exit_url( $values['href'] ) : '';
		$href     = '' === $href ? cst_widgets_default_exit() : $href;
		$fallback = sprintf( '<a href="%s" rel="nofollow noreferrer" target="_top">%s</a>', esc_url( $href, array( 'https' ) ), esc_html( $catalogue['exit'][ $language ] ) );
	} else {
		// The library's own fallback markup (911 and the hotline as tel: links), from the release.
		$fallback = $catalogue['fallback'][ $language ];
	}
	return sprintf( '<%1$s%2$s>%3$s</%1$s>', $tag, $attributes, $fallback );
}

/**
 * The widgets a post's content shows: its blocks and shortcodes (as WordPress finds them), and the
 * widgets' own tags in an author's HTML.
 *
 * @param string $content The post's content.
 * @return string[] Tags.
 */
function cst_widgets_in_content( $content ) {
	$tags = array();
	foreach ( cst_widgets_catalogue()['widgets'] as $widget ) {
		$tag = $widget['tag'];
		if ( has_block( 'cst-widgets/' . $widget['slug'], $content ) || has_shortcode( $content, str_replace( '-', '_', $tag ) ) || preg_match( '/<' . preg_quote( $tag, '/' ) . '[\\s>\\/]/', $content ) ) {
			$tags[] = $tag;
		}
	}
	return $tags;
}

/** Registers the library's files (from assets/, as the release ships them). */
function cst_widgets_register_assets() {
	$catalogue = cst_widgets_catalogue();
	$base      = plugins_url( 'assets/', CST_WIDGETS_FILE );
	$version   = $catalogue['version'];
	wp_register_style( 'cst-widgets', $base . $catalogue['all']['css']['file'], array(), $version );
	wp_register_script( 'cst-widgets', $base . $catalogue['all']['script']['file'], array(), $version, true );
	foreach ( $catalogue['widgets'] as $widget ) {
		wp_register_style( $widget['tag'], $base . $widget['css']['file'], array(), $version );
		wp_register_script( $widget['tag'], $base . $widget['script']['file'], array(), $version, true );
	}
	// For a logged-in reader, the quick exit's sticky bar stops under WordPress's admin bar (which
	// scrolls away on a phone, under 600 px), so that neither covers the other.
	wp_register_style( 'cst-widgets-admin-bar', false, array(), $version );
	wp_add_inline_style( 'cst-widgets-admin-bar', '.admin-bar cst-quick-exit { --cst-quick-exit-top: var(--wp-admin--admin-bar--height, 32px); } @media screen and (max-width: 600px) { .admin-bar cst-quick-exit { --cst-quick-exit-top: 0px; } }' );
}
add_action( 'init', 'cst_widgets_register_assets' );

/**
 * In <head>: the placeholder CSS when the page shows a widget (the site-wide ones, or those in the
 * post's content). Widgets found only later (in a sidebar, say) get it in the footer.
 */
function cst_widgets_enqueue_head() {
	foreach ( cst_widgets_site_wide() as $tag ) {
		cst_widgets_used( $tag );
	}
	if ( is_singular() ) {
		foreach ( cst_widgets_in_content( (string) get_post_field( 'post_content', get_queried_object_id() ) ) as $tag ) {
			cst_widgets_used( $tag );
		}
	}
	cst_widgets_enqueue_styles( cst_widgets_used() );
}
add_action( 'wp_enqueue_scripts', 'cst_widgets_enqueue_head' );

/** In the footer: the script for every widget the page showed. */
function cst_widgets_enqueue_footer() {
	$used = cst_widgets_used();
	if ( ! $used ) {
		return;
	}
	cst_widgets_enqueue_styles( $used );
	foreach ( cst_widgets_files( $used, 'script' ) as $handle ) {
		wp_enqueue_script( $handle );
	}
}
add_action( 'wp_footer', 'cst_widgets_enqueue_footer', 5 );

/**
 * The placeholder CSS for a set of widgets (none for none), and the admin bar's rule with the quick
 * exit. Enqueuing a style twice, or a widget's own file beside the all-in one, changes nothing.
 *
 * @param string[] $tags The widgets shown.
 */
function cst_widgets_enqueue_styles( $tags ) {
	foreach ( cst_widgets_files( $tags, 'css' ) as $handle ) {
		wp_enqueue_style( $handle );
	}
	if ( in_array( 'cst-quick-exit', $tags, true ) && is_admin_bar_showing() ) {
		wp_enqueue_style( 'cst-widgets-admin-bar' );
	}
}

/**
 * The files for a set of widgets, as handles: their own files, or the all-in file when it is
 * smaller (gzip).
 *
 * @param string[] $tags The widgets shown.
 * @param string   $kind 'script' or 'css'.
 * @return string[] Script or style handles.
 */
function cst_widgets_files( $tags, $kind ) {
	$own = 0;
	foreach ( $tags as $tag ) {
		$own += cst_widgets_widget( $tag )[ $kind ]['bytes'];
	}
	return ! $tags || $own <= cst_widgets_catalogue()['all'][ $kind ]['bytes'] ? $tags : array( 'cst-widgets' );
}

/** A shortcode per widget, `[cst_red_flags audience="parents"]`, for the classic editor. */
function cst_widgets_register_shortcodes() {
	foreach ( cst_widgets_catalogue()['widgets'] as $widget ) {
		$tag = $widget['tag'];
		add_shortcode(
			str_replace( '-', '_', $tag ),
			function ( $atts ) use ( $tag ) {
				$atts = is_array( $atts ) ? $atts : array();
				// A bare attribute, `[cst_keeping_safer no-heading]`, comes as a value under a number.
				foreach ( $atts as $key => $value ) {
					if ( is_int( $key ) && is_string( $value ) ) {
						$atts[ strtolower( $value ) ] = true;
					}
				}
				return cst_widgets_element( $tag, $atts );
			}
		);
	}
}
add_action( 'init', 'cst_widgets_register_shortcodes' );

/**
 * Lets the widgets' tags and attributes through WordPress's HTML filter, so that an author (who
 * may not post scripts) can write `<cst-do-dont audience="parents"></cst-do-dont>` in HTML; the
 * plugin loads the script. Slotted text (the banner's `local` line) needs `slot`.
 *
 * @param array  $allowed The allowed tags and attributes.
 * @param string $context The filter's context.
 * @return array
 */
function cst_widgets_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	foreach ( cst_widgets_catalogue()['widgets'] as $widget ) {
		$attributes = array();
		foreach ( $widget['attributes'] as $attribute ) {
			$attributes[ $attribute['name'] ] = true;
		}
		$allowed[ $widget['tag'] ] = $attributes;
	}
	foreach ( array( 'p', 'span', 'div', 'a' ) as $element ) {
		if ( isset( $allowed[ $element ] ) ) {
			$allowed[ $element ]['slot'] = true;
		}
	}
	return $allowed;
}
add_filter( 'wp_kses_allowed_html', 'cst_widgets_allowed_html', 10, 2 );
