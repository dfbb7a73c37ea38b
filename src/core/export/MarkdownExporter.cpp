#include "MarkdownExporter.h"

#include "CitationKey.h"
#include "ExportText.h"
#include "MarkdownText.h"

#include <QStringList>

namespace duizhao {

namespace {

using MarkdownText::escape;
using MarkdownText::yamlString;

// A heading is one line whatever the title holds.
QString heading(const QString &title)
{
    QString line = title;
    line.replace(u'\r', u' ').replace(u'\n', u' ');
    return QStringLiteral("# ") + escape(line) + QStringLiteral("\n\n");
}

QString yamlList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << yamlString(value);
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

QStringList essayTags(const ExportedEssay &exported)
{
    QStringList tags;
    for (const Annotation &annotation : exported.annotations) {
        for (const QString &name : annotation.tags) {
            const QString tag = MarkdownText::tag(name);
            if (!tag.isEmpty() && !tags.contains(tag))
                tags << tag;
        }
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

// The essay's metadata as YAML lines (no delimiters).
QString essayYaml(const ExportedEssay &exported)
{
    const Essay &essay = exported.essay;
    QStringList languages;
    for (Language language : essay.languages)
        languages << languageTag(language);
    QStringList lines{
        QStringLiteral("title: ") + yamlString(essay.title),
        QStringLiteral("author: ") + yamlString(essay.author),
        QStringLiteral("outlet: ") + yamlString(essay.outlet),
        QStringLiteral("date: ") + yamlString(essay.date),
        QStringLiteral("url: ") + yamlString(essay.url),
        QStringLiteral("source: ") + yamlString(essay.file),
        QStringLiteral("sha256: ") + yamlString(essay.sha256),
        QStringLiteral("languages: ") + yamlList(languages),
        QStringLiteral("tags: ") + yamlList(essayTags(exported)),
        QStringLiteral("duizhao-essay: %1").arg(essay.id),
        QStringLiteral("citekey: ") + yamlString(CitationKey::of(essay)),
    };
    return lines.join(u'\n') + u'\n';
}

QString annotationSection(const Essay &essay, const Annotation &annotation, int number)
{
    QString out =
        QStringLiteral("## Note %1 · block %2\n\n").arg(number).arg(annotation.anchor.block);
    out += QStringLiteral("> ") + escape(annotation.anchor.quote, u"> ") + u'\n';
    const QString counterpart = ExportText::counterpartText(essay, annotation);
    if (!counterpart.isEmpty())
        out += QStringLiteral(">\n> ") + escape(counterpart, u"> ") + u'\n';
    out += u'\n';
    if (annotation.orphaned)
        out += QStringLiteral("*Orphaned: this quote is no longer in the essay's text.*\n\n");
    if (!annotation.note.trimmed().isEmpty())
        out += MarkdownText::note(annotation.note.trimmed()) + QStringLiteral("\n\n");
    QStringList hashtags;
    for (const QString &name : annotation.tags) {
        const QString tag = MarkdownText::tag(name);
        if (!tag.isEmpty())
            hashtags << u'#' + tag;
    }
    if (!hashtags.isEmpty())
        out += QStringLiteral("Tags: ") + hashtags.join(u' ') + QStringLiteral("\n\n");
    if (annotation.isClaim()) {
        out += QStringLiteral("**Claim:** ") + escape(annotation.claimType);
        if (!annotation.verdict.isEmpty())
            out += QStringLiteral(" · **Verdict:** ") + escape(annotation.verdict);
        out += QStringLiteral("\n\n");
    }
    out += QStringLiteral("*Created %1 · modified %2*\n\n")
               .arg(ExportText::timestamp(annotation.created),
                    ExportText::timestamp(annotation.modified));
    return out;
}

QString essayBody(const ExportedEssay &exported)
{
    // A Pandoc citation of the essay's CSL-JSON item (citeproc turns it into a reference).
    QString out = QStringLiteral("Cite as [@%1].\n\n").arg(CitationKey::of(exported.essay));
    int number = 0;
    for (const Annotation &annotation : exported.annotations)
        out += annotationSection(exported.essay, annotation, ++number);
    if (exported.annotations.isEmpty())
        out += QStringLiteral("*No annotations.*\n\n");
    return out;
}

} // namespace

QByteArray MarkdownExporter::write(const ExportSet &set) const
{
    QString out;
    if (set.essays.size() == 1) {
        const ExportedEssay &exported = set.essays.front();
        out += QStringLiteral("---\n") + essayYaml(exported) + QStringLiteral("---\n\n");
        out += heading(exported.essay.title);
        out += essayBody(exported);
    } else {
        QStringList tags;
        qsizetype annotations = 0;
        for (const ExportedEssay &exported : set.essays) {
            annotations += exported.annotations.size();
            for (const QString &tag : essayTags(exported)) {
                if (!tags.contains(tag))
                    tags << tag;
            }
        }
        tags.sort(Qt::CaseInsensitive);
        out += QStringLiteral("---\n");
        out += QStringLiteral("title: ") +
               yamlString(set.claimsOnly ? QStringLiteral("Duizhao claims")
                                         : QStringLiteral("Duizhao notes")) +
               u'\n';
        out +=
            QStringLiteral("essays: %1\nannotations: %2\n").arg(set.essays.size()).arg(annotations);
        out += QStringLiteral("tags: ") + yamlList(tags) + u'\n';
        out += QStringLiteral("---\n\n");
        for (const ExportedEssay &exported : set.essays) {
            out += heading(exported.essay.title);
            out += QStringLiteral("```yaml\n") + essayYaml(exported) + QStringLiteral("```\n\n");
            out += essayBody(exported);
        }
    }
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out.toUtf8();
}

} // namespace duizhao
