export { isShopAuthor, type Author } from './shop-match.js';
