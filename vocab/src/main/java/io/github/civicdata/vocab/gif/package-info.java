/**
 * The GIF コアデータモデル as vocabulary data items and the links between the shared items, the GIF
 * items and the IMI コア語彙 2.4.2. Entry point: {@link io.github.civicdata.vocab.gif.CoreDataModel}
 * ({@code CoreDataModel.standard()}); {@link io.github.civicdata.vocab.gif.CoreItem} adds what the
 * model says about an item (class, 必須, 形式) to its {@link io.github.civicdata.vocab.DataItem};
 * {@link io.github.civicdata.vocab.gif.ItemMapping} is one {@code skos:exactMatch} or
 * {@code skos:closeMatch}.
 */
package io.github.civicdata.vocab.gif;
