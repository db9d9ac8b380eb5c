export { defaultTheme, type SystemToken, type Theme } from './default-theme.js';
export { componentTokens, type ComponentToken } from './component-tokens.js';
export {
  allTokenNames,
  checkThemeContrast,
  contrastPairs,
  contrastRatio,
  parseHexColor,
  relativeLuminance,
  type ContrastFailure,
  type ContrastPair,
} from './contrast.js';
export { token } from './css.js';
export { themeStylesheet } from './stylesheet.js';
export { parseThemeCss, type ParsedTheme } from './parse-theme.js';
