/**
 * Cards drawn at first and added per "show more". Each card is a heading and up to five
 * buttons: 500 of them took some 700 ms to draw at 4× CPU before the start view could be used
 * (bench/). The newest are the ones she is working on; the search finds any of the others.
 */
export const LIST_PAGE = 20;
