<?php
/**
 * The widgets, their attributes and their files, as `npm run release` writes them into
 * assets/widgets.json from the library's custom-elements.json: this plugin holds no list of its own.
 *
 * @package cst-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The catalogue: the library's version, its files and every widget with its attributes.
 *
 * @return array
 */
function cst_widgets_catalogue() {
	static $catalogue = null;
	if ( null === $catalogue ) {
		$json      = file_get_contents( CST_WIDGETS_DIR . '/assets/widgets.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions -- a file of this plugin.
		$catalogue = json_decode( (string) $json, true );
		if ( ! is_array( $catalogue ) ) {
			$catalogue = array( 'widgets' => array() );
		}
	}
	return $catalogue;
}

/**
 * One widget by its tag (`cst-red-flags`), or null.
 *
 * @param string $tag The element's tag name.
 * @return array|null
 */
function cst_widgets_widget( $tag ) {
	foreach ( cst_widgets_catalogue()['widgets'] as $widget ) {
		if ( $widget['tag'] === $tag ) {
			return $widget;
		}
	}
	return null;
}

/**
 * One of a widget's attributes (`name`, `type`, `options`, `default`…), or null.
 *
 * @param string $tag  The element's tag name.
 * @param string $name The attribute's name.
 * @return array|null
 */
function cst_widgets_attribute( $tag, $name ) {
	$widget = cst_widgets_widget( $tag );
	foreach ( $widget ? $widget['attributes'] : array() as $attribute ) {
		if ( $attribute['name'] === $name ) {
			return $attribute;
		}
	}
	return null;
}

/**
 * The quick exit's default destination, as the widget gives it.
 *
 * @return string
 */
function cst_widgets_default_exit() {
	return cst_widgets_attribute( 'cst-quick-exit', 'href' )['default'];
}

/**
 * `$url` as an absolute https: address without a user name or password (what the quick exit
 * accepts), its scheme in lower case (`HTTPS://` is the same address), or '' when it is not one.
 *
 * @param mixed $url The address.
 * @return string
 */
function cst_widgets_https_url( $url ) {
	if ( ! is_string( $url ) || 0 !== stripos( $url, 'https:' ) ) {
		return '';
	}
	$url   = 'https:' . substr( $url, 6 );
	$parts = wp_parse_url( $url );
	$ok    = is_array( $parts ) && isset( $parts['host'] ) && ! isset( $parts['user'] ) && ! isset( $parts['pass'] ) && esc_url_raw( $url, array( 'https' ) ) === $url;
	return $ok ? $url : '';
}

/**
 * Whether `$url` is such an address.
 *
 * @param mixed $url The address.
 * @return bool
 */
function cst_widgets_is_https_url( $url ) {
	return '' !== cst_widgets_https_url( $url );
}

/**
 * An address the quick exit may leave for: https:, and not on this site (leaving for one of the
 * site's own pages would leave the reader where they were seen). '' when it is not one.
 *
 * @param mixed $url The address.
 * @return string
 */
function cst_widgets_exit_url( $url ) {
	$url = cst_widgets_https_url( $url );
	if ( '' === $url ) {
		return '';
	}
	$host = strtolower( (string) wp_parse_url( $url, PHP_URL_HOST ) );
	foreach ( array( home_url(), site_url() ) as $own ) {
		if ( strtolower( (string) wp_parse_url( $own, PHP_URL_HOST ) ) === $host ) {
			return '';
		}
	}
	return $url;
}

/**
 * The valid HTML attributes for a widget from raw values (a block's attributes or a shortcode's):
 * unknown attributes, and values a widget would not accept, are left out, so the widget shows its
 * default. Booleans are present or absent; lists keep the names the widget knows.
 *
 * @param array $widget A widget of the catalogue.
 * @param array $values Raw values by attribute name.
 * @return array Attribute name => string value ('' for a boolean that is on).
 */
function cst_widgets_attributes( $widget, $values ) {
	$out = array();
	foreach ( $widget['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( ! array_key_exists( $name, $values ) ) {
			continue;
		}
		$value = $values[ $name ];
		switch ( $attribute['type'] ) {
			case 'boolean':
				if ( true === $value || in_array( strtolower( (string) ( is_scalar( $value ) ? $value : '' ) ), array( '1', 'true', 'yes', 'on', $name ), true ) ) {
					$out[ $name ] = '';
				}
				break;
			case 'enum':
				$value = is_scalar( $value ) ? (string) $value : '';
				if ( in_array( $value, $attribute['options'], true ) && $value !== $attribute['default'] ) {
					$out[ $name ] = $value;
				}
				break;
			case 'list':
				$names = is_array( $value ) ? $value : preg_split( '/[\s,]+/', is_scalar( $value ) ? (string) $value : '' );
				$kept  = array_values( array_intersect( $attribute['options'], array_map( 'strval', (array) $names ) ) );
				if ( $kept && count( $kept ) < count( $attribute['options'] ) ) {
					$out[ $name ] = implode( ' ', $kept );
				}
				break;
			case 'url':
				// The quick exit's address (its only url attribute): https:, and not this site.
				$value = cst_widgets_exit_url( $value );
				if ( '' !== $value && $value !== $attribute['default'] ) {
					$out[ $name ] = $value;
				}
				break;
			default: // Text, such as `label`.
				$value = is_scalar( $value ) ? trim( sanitize_text_field( (string) $value ) ) : '';
				if ( '' !== $value ) {
					$out[ $name ] = $value;
				}
		}
	}
	return $out;
}

/**
 * A block control of the catalogue (`label`, `help`, `choices`) in the site's or user's language,
 * from languages/ (the texts are the catalogue's, not literals).
 *
 * @param array $control A control of a widget's `controls`.
 * @return array
 */
function cst_widgets_translated_control( $control ) {
	$words            = function ( $text ) {
		return '' === $text ? '' : translate( $text, 'cst-widgets' ); // phpcs:ignore WordPress.WP.I18n -- the catalogue's texts, translated in languages/.
	};
	$control['label'] = $words( $control['label'] );
	$control['help']  = $words( $control['help'] );
	foreach ( $control['choices'] ?? array() as $i => $choice ) {
		$control['choices'][ $i ]['label'] = $words( $choice['label'] );
	}
	return $control;
}
