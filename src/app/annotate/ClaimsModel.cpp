#include "ClaimsModel.h"

#include "EssayAnnotationLayer.h"
#include "ExportText.h"
#include "Library.h"
#include "TagCompleter.h"

#include <QHash>

namespace duizhao {

ClaimsModel::ClaimsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<ClaimsModel::Row> ClaimsModel::rowsFrom(Library &library)
{
    const QList<Annotation> annotations = library.annotations().ofEssay();
    QList<qint64> annotated;
    for (const Annotation &annotation : annotations)
        annotated << annotation.essayId;
    const QHash<qint64, QString> titles = library.essays().titles(annotated);
    QList<Row> rows;
    std::optional<duizhao::Essay> essay; // loaded in full only for essays with claims
    for (const Annotation &annotation : annotations) {
        if (!annotation.isClaim())
            continue;
        if (!essay || essay->id != annotation.essayId)
            essay = library.essays().find(annotation.essayId);
        rows << Row{annotation, titles.value(annotation.essayId),
                    essay ? ExportText::counterpartText(*essay, annotation) : QString()};
    }
    return rows;
}

void ClaimsModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ClaimsModel::rowOfAnnotation(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].annotation.id == id)
            return int(i);
    }
    return -1;
}

int ClaimsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const Annotation &annotation = row.annotation;
    if (role == AnnotationIdRole)
        return annotation.id;
    if (role == EssayIdRole)
        return annotation.essayId;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Essay:
            return row.essayTitle;
        case Quote:
            return role == Qt::DisplayRole && annotation.orphaned
                       ? annotation.anchor.quote + QStringLiteral("  ") + tr("(needs review)")
                       : annotation.anchor.quote;
        case Counterpart:
            return row.counterpart;
        case Type:
            return annotation.claimType;
        case Verdict:
            return annotation.verdict;
        case Tags:
            return annotation.tags.join(QStringLiteral(", "));
        case Note:
            return role == Qt::DisplayRole ? annotation.note.simplified() : annotation.note;
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Verdict)
        return EssayAnnotationLayer::verdictColor(annotation.verdict);
    return {};
}

Qt::ItemFlags ClaimsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case Type:
    case Verdict:
    case Tags:
    case Note:
        flags |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return flags;
}

bool ClaimsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    Annotation changed = m_rows[index.row()].annotation;
    const QString text = value.toString();
    switch (index.column()) {
    case Type:
        if (text.trimmed().isEmpty())
            return false; // clearing the type would turn the claim into a plain highlight
        changed.claimType = text.trimmed();
        break;
    case Verdict:
        if (!Annotation::verdicts().contains(text))
            return false;
        changed.verdict = text;
        break;
    case Tags:
        changed.tags = TagCompleter::parseTags(text);
        break;
    case Note:
        changed.note = text;
        break;
    default:
        return false;
    }
    if (changed == m_rows[index.row()].annotation)
        return false;
    emit changeRequested(changed);
    return true;
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Essay:
        return tr("Essay");
    case Quote:
        return tr("Quote");
    case Counterpart:
        return tr("Counterpart");
    case Type:
        return tr("Type");
    case Verdict:
        return tr("Verdict");
    case Tags:
        return tr("Tags");
    case Note:
        return tr("Note");
    default:
        break;
    }
    return {};
}

} // namespace duizhao
