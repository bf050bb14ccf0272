declare const __SL_TEST_HOSTS__: string[];
/** True in the test builds (dist/*-test) only. */
declare const __SL_TEST_BUILD__: boolean;
declare module '*?script&iife' {
  const fileName: string;
  export default fileName;
}
