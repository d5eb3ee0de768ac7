/**
 * Language data: the labels of the credit lines at the end of older DW articles
 * ("Auteur : Kossivi Tiassou", "Edition : M-A. Pioerron" on peer trafilatura-fr-elephants.html).
 * Used only to tell an author line from an editor line; the lines themselves are found by
 * structure (short "label: name" paragraphs closing the body). Lower case, without the colon.
 */

/** "Author" in DW's languages. */
export const AUTHOR_LABELS: readonly string[] = [
  'author', 'authors', 'autor', 'autorin', 'autoren', 'autorin/autor', 'auteur', 'auteurs', 'autora',
  'autores', 'autore', 'автор', 'автори', 'авторы', 'yazar', 'autori', 'autorzy', 'szerző', 'författare',
  'penulis', 'mwandishi', 'লেখক', 'लेखक', 'مؤلف', 'الكاتب', 'کاتب', 'نویسنده', 'مصنف', '作者', '撰稿',
];

/** "Edited by" / "Editor" in DW's languages. */
export const EDITOR_LABELS: readonly string[] = [
  'edited by', 'editor', 'editing', 'redaktion', 'redakteur', 'redakteurin', 'edition', 'édition', 'rédaction',
  'edición', 'edicão', 'edição', 'redacción', 'redação', 'revisão', 'a cura di', 'редактор', 'редакция',
  'редактирование', 'редагування', 'editör', 'redaktör', 'redakcja', 'mhariri', 'সম্পাদনা', 'संपादन', 'تحرير',
  'ویرایش', 'ترمیم', 'ادارت', '编辑', '責編', '责编',
];
