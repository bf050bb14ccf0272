// Vite bundles the popup's stylesheet from a side-effect import.
declare module '*.css';
