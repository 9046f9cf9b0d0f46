/** A build log as Rolldown hands it to `build.rolldownOptions.onLog`: the fields we look at. */
interface BuildLog {
  code?: string | undefined;
  id?: string | undefined;
  message: string;
}

/**
 * Passes every build log on, except one harmless warning Astro itself causes. Astro's
 * content-asset-propagation plugin starts each content entry's `?astroPropagatedAssets` module with
 * the directive "use astro:head-inject", which nothing reads any more (head propagation is tracked in
 * module metadata), so Rolldown's MODULE_LEVEL_DIRECTIVE warning that bundling may drop it changes
 * nothing. Reported upstream as withastro/astro#18087; remove this once Astro stops emitting it.
 */
export function withoutHeadInjectWarning<Level extends string, Log extends BuildLog>(
  level: Level,
  log: Log,
  handler: (level: Level, log: Log) => void,
): void {
  const harmless =
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    (log.id?.endsWith('?astroPropagatedAssets') ?? false) &&
    log.message.includes('"use astro:head-inject"');
  if (!harmless) handler(level, log);
}
