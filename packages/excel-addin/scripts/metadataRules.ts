/**
 * Rules Excel applies to functions.json that custom-functions-metadata does not check. Excel fails to
 * load an add-in in which any function has a required parameter after an optional one (office-js
 * #1749; Microsoft's manifest reference: "A required parameter can't follow an optional parameter"),
 * while the generator writes such metadata without a word — so the build checks it.
 */
export interface ParamMeta {
  name: string;
  optional?: boolean;
  repeating?: boolean;
}

/** The functions whose parameters put a required one after an optional one, as "ID(optional, required)". */
export function requiredAfterOptional(
  functions: readonly { id: string; parameters: readonly ParamMeta[] }[],
): string[] {
  const bad: string[] = [];
  for (const f of functions) {
    let optional: string | null = null;
    for (const p of f.parameters) {
      const isOptional = p.optional === true || p.repeating === true;
      if (isOptional) optional ??= p.name;
      else if (optional !== null) bad.push(`${f.id}([${optional}], ${p.name})`);
    }
  }
  return bad;
}
