/**
 * Each chart's data again beside the Data Package (`/data/charts/<id>.csv`, `chartTablePath` in
 * src/lib/export/data-package.ts), so `/data/` holds every table its descriptor names and works as one folder
 * wherever it is saved. The same endpoint as the chart's own download, `/charts/<id>.csv`: the bytes
 * cannot differ.
 */
export { GET, getStaticPaths } from '../../charts/[id].csv.ts';
