/**
 * Addresses: how the 丁目・番地・号 part is written ({@link io.github.civicdata.vocab.address.AddressNotation}),
 * whether a whole address starts with its prefecture ({@link io.github.civicdata.vocab.address.Addresses}),
 * and the アドレス・ベース・レジストリ 町字マスター ({@link io.github.civicdata.vocab.address.TownMaster}, entry
 * point {@code TownMaster.read(path)}): 町字ID → 町字 → 市区町村 → 都道府県.
 */
package io.github.civicdata.vocab.address;
