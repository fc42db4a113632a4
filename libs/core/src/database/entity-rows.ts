import { DataSource, EntityTarget, ObjectLiteral, ValueTransformer } from 'typeorm';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers';

import { plainQuery } from './plain-query';

/** Column types whose raw pg value is exactly what TypeORM would hydrate (before the column's transformer). */
const RAW_SAFE_TYPES = new Set([
  'uuid',
  'text',
  'varchar',
  'character varying',
  'char',
  'character',
  'int',
  'integer',
  'smallint',
  'bigint',
  'boolean',
  'timestamptz',
  'timestamp with time zone',
  'jsonb',
]);

interface ColumnMap {
  property: string;
  alias: string;
  transformer?: ValueTransformer | ValueTransformer[];
}

/**
 * Entities read by one plain SQL statement, mapped through the entity's own metadata (column names
 * and value transformers): the same objects as `repository.find` gives for plain columns, without
 * the query builder and hydration machinery, which cost more CPU than the query itself on the
 * hottest read paths (the user and organisation behind `me`, a page's buyers and criteria).
 * Refuses, when built, an entity with a column type whose raw value TypeORM would convert (e.g. `date`).
 */
export class EntityRows<T extends ObjectLiteral> {
  private readonly columns: ColumnMap[] = [];
  private readonly selectFrom: string;
  /**
   * The select list (`"t"."col" AS c0, …`, the table under `alias`): for a `RETURNING` clause of an
   * INSERT or UPDATE written by hand, whose rows map() then turns into entities.
   */
  readonly columnList: string;
  /** One row to one entity: straight-line code per entity, see compileMapper. */
  private readonly mapRow: (row: Record<string, unknown>) => T;

  constructor(
    private readonly dataSource: DataSource,
    entity: EntityTarget<T>,
    /** The table's alias in `where` conditions given to select(). */
    readonly alias = 't',
    /** The prefix of the column aliases (c0, c1, …): another one lets two entities share one SELECT. */
    private readonly columnPrefix = 'c',
  ) {
    const metadata = dataSource.getMetadata(entity);
    const selected: string[] = [];
    for (const column of metadata.columns) {
      if (column.isVirtual || !column.isSelect || this.columns.some((c) => c.property === column.propertyName)) continue;
      if (selected.some((s) => s.startsWith(`"${this.alias}"."${column.databaseName}" `))) continue; // a relation's join column read as its id property
      const type =
        typeof column.type === 'string' ? column.type : column.type === Number ? 'integer' : column.type === String ? 'text' : '?';
      if (!RAW_SAFE_TYPES.has(type)) throw new Error(`EntityRows: ${metadata.name}.${column.propertyName} has type ${type}, not read raw`);
      const alias = `${this.columnPrefix}${this.columns.length}`;
      selected.push(`"${this.alias}"."${column.databaseName}" AS ${alias}`);
      this.columns.push({ property: column.propertyName, alias, transformer: column.transformer });
    }
    this.columnList = selected.join(', ');
    this.selectFrom = `SELECT ${this.columnList} FROM "${metadata.tableName}" "${this.alias}"`;
    this.mapRow = compileMapper(() => metadata.create() as T, this.columns);
  }

  /** Rows whose `column` (a database column name) is one of `values`, in `orderBy` order if given. */
  whereIn(column: string, values: readonly unknown[], orderBy?: string): Promise<T[]> {
    if (!values.length) return Promise.resolve([]);
    return this.select(`"${this.alias}"."${column}" = ANY($1)`, [[...values]], orderBy ? `ORDER BY ${orderBy}` : '');
  }

  /** Rows matching `where` (positional parameters, the table under its alias), then `tail` (ORDER BY, LIMIT). */
  async select(where: string, params: readonly unknown[], tail = ''): Promise<T[]> {
    return this.map(await plainQuery<Record<string, unknown>>(this.dataSource, `${this.selectFrom} WHERE ${where} ${tail}`, params));
  }

  /** The alias (c0, c1, …) under which `columnList` selects a property's column. */
  aliasOf(property: string): string {
    const column = this.columns.find((c) => c.property === property);
    if (!column) throw new Error(`EntityRows: no column for ${property}`);
    return column.alias;
  }

  /** Entities from rows that carry `columnList`'s aliases (c0, c1, … with the default prefix). */
  map(rows: readonly Record<string, unknown>[]): T[] {
    return rows.map(this.mapRow);
  }
}

/**
 * The row mapper of one entity as straight-line code (`e.title = row.c1; …`), built once from its
 * metadata: a loop over the columns reads and writes properties by computed names, which V8 can
 * only do through its generic (megamorphic) lookups, for every column of every row of every page.
 * The names are the entity's own property names and our column aliases, never request data, and
 * are embedded as JSON string literals. Same objects as the loop gave: the entity's own class,
 * every column set, transformers applied as TypeORM applies them.
 */
function compileMapper<T>(create: () => T, columns: readonly ColumnMap[]): (row: Record<string, unknown>) => T {
  const from = columns.map(({ transformer }) =>
    transformer ? (value: unknown) => ApplyValueTransformers.transformFrom(transformer, value) : null,
  );
  const statements = columns.map(({ property, alias }, i) => {
    const read = `row[${JSON.stringify(alias)}]`;
    return `e[${JSON.stringify(property)}] = ${from[i] ? `from[${i}](${read})` : read};`;
  });
  const build = new Function('create', 'from', `return function mapRow(row) { const e = create(); ${statements.join(' ')} return e; };`);
  return build(create, from) as (row: Record<string, unknown>) => T;
}
