declare const __SL_TEST_HOSTS__: string[];
declare module '*?script&iife' {
  const fileName: string;
  export default fileName;
}
