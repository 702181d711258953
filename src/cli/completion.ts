/**
 * `completion bash|zsh|fish`: a shell completion script written from the commander program itself,
 * so it offers exactly the commands and options `--help` lists, with the fixed choices of options
 * such as --region and --rule.
 */
import type { Command, Option } from 'commander';

export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const;
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];

interface CommandWords {
  readonly name: string;
  readonly description: string;
  readonly options: readonly { readonly flag: string; readonly description: string; readonly choices: readonly string[] | undefined; readonly takesValue: boolean }[];
}

function optionWords(option: Option) {
  return { flag: option.long ?? option.short ?? '', description: option.description, choices: option.argChoices, takesValue: option.required || option.optional };
}

function wordsOf(program: Command): { readonly top: CommandWords; readonly commands: readonly CommandWords[] } {
  const visible = (command: Command) => command.options.filter((option) => !option.hidden).map(optionWords);
  const help = { flag: '--help', description: 'show help', choices: undefined, takesValue: false };
  return {
    top: { name: program.name(), description: program.description(), options: [...visible(program), help] },
    commands: program.commands.map((command) => ({ name: command.name(), description: command.description(), options: [...visible(command), help] })),
  };
}

const single = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

function bash(program: Command): string {
  const { top, commands } = wordsOf(program);
  const name = top.name;
  const fn = `_${name.replaceAll('-', '_')}`;
  const choiceCases = [top, ...commands]
    .flatMap((command) => command.options.filter((option) => option.choices).map((option) => [option.flag, option.choices!.join(' ')] as const))
    .filter((entry, i, all) => all.findIndex((other) => other[0] === entry[0]) === i)
    .map(([flag, choices]) => `    ${flag}) COMPREPLY=( $(compgen -W ${single(choices)} -- "$cur") ); return ;;`);
  const commandCases = commands.map((command) => `    ${command.name}) opts=${single(command.options.map((option) => option.flag).join(' '))} ;;`);
  return `# bash completion for ${name}: source this file, or put it in ~/.local/share/bash-completion/completions/${name}
${fn}() {
  local cur prev cmd opts i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
${choiceCases.join('\n')}
  esac
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${commands.map((command) => command.name).join('|')}) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$cmd" in
${commandCases.join('\n')}
    *) opts=${single([...commands.map((command) => command.name), ...top.options.map((option) => option.flag)].join(' '))} ;;
  esac
  COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
}
complete -F ${fn} ${name}
`;
}

function zsh(program: Command): string {
  const { top, commands } = wordsOf(program);
  const name = top.name;
  const spec = (option: CommandWords['options'][number]) => {
    const description = option.description.replace(/[[\]:'\\]/g, ' ').slice(0, 70);
    const value = option.takesValue ? (option.choices ? `:value:(${option.choices.join(' ')})` : ':value:') : '';
    return `    ${single(`${option.flag}[${description}]${value}`)}`;
  };
  const commandList = commands.map((command) => `    ${single(`${command.name}:${command.description.replace(/[:'\\]/g, ' ').slice(0, 70)}`)}`);
  const cases = commands.map((command) => `      (${command.name})\n        _arguments -s \\\n${command.options.map(spec).join(' \\\n')}\n        ;;`);
  return `#compdef ${name}
# zsh completion for ${name}: put this file in a directory of your $fpath as _${name}
_${name.replaceAll('-', '_')}() {
  local -a commands
  commands=(
${commandList.join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    _arguments -s \\
${top.options.map(spec).join(' \\\n')}
    return
  fi
  case "$words[2]" in
${cases.join('\n')}
      (*)
        _arguments -s \\
${top.options.map(spec).join(' \\\n')}
        ;;
  esac
}
compdef _${name.replaceAll('-', '_')} ${name}
`;
}

function fish(program: Command): string {
  const { top, commands } = wordsOf(program);
  const name = top.name;
  const names = commands.map((command) => command.name).join(' ');
  const line = (condition: string, option: CommandWords['options'][number]) =>
    `complete -c ${name} -n ${single(condition)} -l ${option.flag.replace(/^--/, '')}${option.takesValue ? ' -r' : ''}${
      option.choices ? ` -a ${single(option.choices.join(' '))}` : ''
    } -d ${single(option.description.slice(0, 70))}`;
  return [
    `# fish completion for ${name}: put this file in ~/.config/fish/completions/${name}.fish`,
    `complete -c ${name} -f`,
    ...commands.map((command) => `complete -c ${name} -n ${single(`not __fish_seen_subcommand_from ${names}`)} -a ${command.name} -d ${single(command.description.slice(0, 70))}`),
    ...top.options.map((option) => line(`not __fish_seen_subcommand_from ${names}`, option)),
    ...commands.flatMap((command) => command.options.map((option) => line(`__fish_seen_subcommand_from ${command.name}`, option))),
    '',
  ].join('\n');
}

/** The completion script of a shell for this program. */
export function completionScript(program: Command, shell: CompletionShell): string {
  return shell === 'bash' ? bash(program) : shell === 'zsh' ? zsh(program) : fish(program);
}
