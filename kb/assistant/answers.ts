import type { Article, ResolutionPath } from '../model/article.ts';
import type { Phrases } from './phrases.ts';
import { bullets, stepsMarkdown } from './render.ts';
import type { Ask } from './intent.ts';

export interface Answer {
  markdown: string;
  /** Section anchors of the article the answer quotes. */
  sections: string[];
}

/** Verification, known issues, uninstall, cause or workaround, from the structured fields. */
export function factAnswer(article: Article, ask: Exclude<Ask, 'handoff' | 'resolution'>, p: Phrases): Answer {
  const section = (kind: string) => article.sections.find((s) => s.kind === kind);
  switch (ask) {
    case 'verification': {
      const v = article.verification;
      const parts = [p.verification];
      if (article.verificationSteps.length > 0) parts.push(stepsMarkdown(article.verificationSteps));
      if (v) parts.push(p.goodVersion(v.file, v.goodVersion, v.badVersion));
      return parts.length > 1 ? { markdown: parts.join('\n\n'), sections: ['verification'] } : { markdown: p.noFact, sections: [] };
    }
    case 'known-issues':
      return article.knownIssues.length > 0
        ? { markdown: `${p.knownIssues}\n\n${bullets(article.knownIssues)}`, sections: ['known-issues'] }
        : { markdown: p.noFact, sections: [] };
    case 'uninstall': {
      if (!article.install) return { markdown: p.noFact, sections: [] };
      return { markdown: article.install.uninstallable ? p.uninstallYes : p.uninstallNo(article.install.removal), sections: ['known-issues'] };
    }
    case 'cause': {
      const cause = section('cause');
      return cause ? { markdown: `${p.cause}\n\n${cause.markdown}`, sections: ['cause'] } : { markdown: p.noFact, sections: [] };
    }
    case 'workaround': {
      const w = article.workaround;
      const anchor = section('workaround')?.anchor ?? 'workaround';
      return w ? { markdown: `**${w.title}**\n\n${w.intro}\n\n${stepsMarkdown(w.steps)}`.trim(), sections: [anchor] } : { markdown: p.noFact, sections: [] };
    }
  }
}

/** The steps of one resolution path, with the alternatives it names (a workaround is spelled out). */
export function pathAnswer(article: Article, path: ResolutionPath, p: Phrases): Answer {
  const parts = [p.pathFor(path.title)];
  if (path.intro) parts.push(path.intro);
  parts.push(stepsMarkdown(path.steps));
  const sections = [path.id];
  const workaround = article.sections.find((s) => s.kind === 'workaround');
  if (article.workaround && workaround && path.alternatives.includes(workaround.anchor)) {
    parts.push(`**${article.workaround.title}**`, article.workaround.intro, stepsMarkdown(article.workaround.steps));
    sections.push(workaround.anchor);
  }
  return { markdown: parts.filter(Boolean).join('\n\n'), sections };
}
