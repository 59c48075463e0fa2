/**
 * Text conventions shared by every context and the web tier: Persian and Arabic-Indic digits in
 * what people type, Persian digits in what they read.
 */
package org.edalat.platform.text;
