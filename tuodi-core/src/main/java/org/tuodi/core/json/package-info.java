/**
 * JSON 读取: a small, strict JSON (RFC 8259) reader that keeps the line and column of every value, so
 * that a rule set file's errors can name the line at fault, and a canonical writer used for content
 * hashes. The core has no runtime dependency, so it cannot use Jackson (style.md §1, §3).
 */
package org.tuodi.core.json;
