/**
 * The findings model every civicdata module reports with. Entry point: {@link
 * io.github.civicdata.core.Report} (built with {@link io.github.civicdata.core.Report#builder()}),
 * holding {@link io.github.civicdata.core.Finding}s with a {@link io.github.civicdata.core.Severity}
 * and an exact {@link io.github.civicdata.core.Location}; messages are bilingual through {@link
 * io.github.civicdata.core.Messages}.
 */
package io.github.civicdata.core;
