// Types of the Starlight virtual module the search override reads
// (Starlight declares it for its own sources only).
declare module 'virtual:starlight/project-context' {
  const project: { trailingSlash: 'always' | 'never' | 'ignore' };
  export default project;
}
