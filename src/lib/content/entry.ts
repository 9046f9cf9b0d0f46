/** An entry as content collections hold it: its id, its file, its parsed data. */
export interface Entry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
}
