/**
 * Character-encoding detection shared by validation and anonymisation. Entry point: {@link
 * io.github.civicdata.core.encoding.EncodingDetector}, which returns a {@link
 * io.github.civicdata.core.encoding.DetectedEncoding}.
 */
package io.github.civicdata.core.encoding;
