#include "RefiQdaImporter.h"

#include "EssayPlainText.h"
#include "Library.h"
#include "RefiQdaVocabulary.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <stdexcept>

namespace duizhao {

namespace V = RefiQdaVocabulary;

namespace {

QString sha256(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// REFI-QDA allows #RGB; the codebook wants #rrggbb.
QString codebookColor(const QString &color)
{
    static const QRegularExpression shortForm(
        QStringLiteral("^#([0-9A-Fa-f])([0-9A-Fa-f])([0-9A-Fa-f])$"));
    if (const QRegularExpressionMatch match = shortForm.match(color); match.hasMatch()) {
        return QStringLiteral("#%1%1%2%2%3%3")
            .arg(match.captured(1), match.captured(2), match.captured(3))
            .toLower();
    }
    static const QRegularExpression longForm(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return longForm.match(color).hasMatch() ? color.toLower() : QString();
}

} // namespace

RefiQdaImporter::RefiQdaImporter(Library &library)
    : m_library(library)
    , m_essays(library.essays().all())
{}

qint64 RefiQdaImporter::match(const RefiQdaReader::Source &source)
{
    const QString fileHash = source.variables.value(V::kSha256Variable.toString());
    if (!fileHash.isEmpty()) {
        for (const EssayDetails &essay : std::as_const(m_essays)) {
            if (essay.sha256.compare(fileHash, Qt::CaseInsensitive) == 0)
                return essay.id;
        }
    }
    if (source.text.isEmpty())
        return 0;
    if (!m_hashed) {
        // Every essay's plain text once, the first time a source needs it.
        for (const EssayDetails &essay : std::as_const(m_essays)) {
            if (const std::optional<Essay> full = m_library.essays().find(essay.id))
                m_byPlainTextHash.insert(sha256(EssayPlainText(full->blocks).text()), essay.id);
        }
        m_hashed = true;
    }
    return m_byPlainTextHash.value(sha256(source.text), 0);
}

QList<WebAnnotationReader::Item> RefiQdaImporter::items(const RefiQdaReader::Project &project)
{
    QList<WebAnnotationReader::Item> all;
    for (const RefiQdaReader::Source &source : project.sources) {
        QList<WebAnnotationReader::Item> items = RefiQdaReader::items(project, source);
        if (items.isEmpty())
            continue;
        const qint64 essayId = match(source);
        const EssayDetails *essay = nullptr;
        for (const EssayDetails &candidate : std::as_const(m_essays)) {
            if (candidate.id == essayId)
                essay = &candidate;
        }
        for (WebAnnotationReader::Item &item : items) {
            if (essay) {
                // AnnotationImporter finds the essay by its file's hash and path.
                item.sha256 = essay->sha256;
                item.source = essay->file;
            } else if (item.sha256.isEmpty() && item.source.isEmpty()) {
                item.source = source.name; // for the report only: no essay has this path
            }
        }
        all += items;
    }
    return all;
}

void RefiQdaImporter::createTags(const RefiQdaReader::Project &project,
                                 const QList<WebAnnotationReader::Item> &items)
{
    QSet<QString> used;
    for (const WebAnnotationReader::Item &item : items) {
        for (const QString &tag : item.annotation.tags)
            used.insert(tag.toCaseFolded());
    }
    const QHash<QString, RefiQdaReader::CodeKind> kinds = RefiQdaReader::codeKinds(project);
    QHash<QString, const RefiQdaReader::Code *> byGuid;
    for (const RefiQdaReader::Code &code : project.codes)
        byGuid.insert(code.guid, &code);

    // A used code and the codes above it (unless they are Duizhao's own folders), parents
    // first so each child finds its parent in the codebook.
    QList<const RefiQdaReader::Code *> wanted;
    QSet<QString> seen;
    for (const RefiQdaReader::Code &code : project.codes) {
        if (kinds.value(code.guid) != RefiQdaReader::CodeKind::Tag ||
            !used.contains(code.name.toCaseFolded()))
            continue;
        QList<const RefiQdaReader::Code *> chain;
        for (const RefiQdaReader::Code *at = &code; at && !seen.contains(at->guid);
             at = byGuid.value(at->parentGuid)) {
            seen.insert(at->guid);
            chain.prepend(at);
        }
        wanted += chain;
    }
    for (const RefiQdaReader::Code *code : std::as_const(wanted)) {
        if (code->name.trimmed().isEmpty() || m_library.tags().named(code->name))
            continue;
        Tag tag;
        tag.name = code->name;
        tag.color = codebookColor(code->color);
        tag.description = code->description;
        if (const RefiQdaReader::Code *parent = byGuid.value(code->parentGuid)) {
            if (const std::optional<Tag> existing = m_library.tags().named(parent->name))
                tag.parentId = existing->id;
        }
        try {
            m_library.tags().create(tag);
        } catch (const std::invalid_argument &) {
            // A name the codebook refuses: the annotation's tag is made by name alone.
        }
    }
}

QList<AnnotationImporter::Outcome> RefiQdaImporter::run(const RefiQdaReader::Project &project)
{
    const QList<WebAnnotationReader::Item> all = items(project);
    createTags(project, all);
    return AnnotationImporter(m_library).run(all);
}

} // namespace duizhao
