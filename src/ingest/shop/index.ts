export { isShopAuthor } from './shop-match.js';
