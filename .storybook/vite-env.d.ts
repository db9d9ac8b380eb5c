// Vite's types for the catalogue's own modules: `import.meta.glob` and `?raw` imports.
/// <reference types="vite/client" />
