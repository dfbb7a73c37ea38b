#include "LibraryModel.h"

#include "Collation.h"
#include "SearchFolder.h"

#include <QFileInfo>
#include <QFont>

#include <exception>

namespace duizhao {

namespace {

QString languageList(const QList<Language> &languages)
{
    QStringList tags;
    for (Language language : languages)
        tags << languageTag(language);
    return tags.join(QStringLiteral(", "));
}

QString languageName(Language language)
{
    switch (language) {
    case Language::English:
        return LibraryModel::tr("English");
    case Language::ChineseSimplified:
        return LibraryModel::tr("Chinese, simplified script");
    case Language::ChineseTraditional:
        return LibraryModel::tr("Chinese, traditional script");
    case Language::Undetermined:
        break;
    }
    return LibraryModel::tr("undetermined");
}

bool isCount(int column)
{
    return column == LibraryModel::Blocks || column == LibraryModel::Pairs ||
           column == LibraryModel::Annotations;
}

} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString LibraryModel::foldForFilter(QStringView text)
{
    try {
        return SearchFolder::instance().foldedString(text, SearchFolder::Options{});
    } catch (const std::exception &) {
        // OpenCC data missing: still filter, by case alone.
        return text.toString().toCaseFolded();
    }
}

void LibraryModel::setEssays(QList<EssaySummary> essays)
{
    beginResetModel();
    m_essays = std::move(essays);
    m_filterKeys = QStringList(m_essays.size());
    m_filterKeyMade = QList<bool>(m_essays.size(), false);
    m_sortKeys = QList<std::array<QByteArray, ColumnCount>>(m_essays.size());
    m_sortKeysMade = QList<bool>(m_essays.size(), false);
    endResetModel();
}

const QString &LibraryModel::filterKey(int row) const
{
    if (!m_filterKeyMade[row]) {
        const EssaySummary &essay = m_essays[row];
        const QString key = essay.title + u'\n' + essay.author + u'\n' + essay.outlet + u'\n' +
                            essay.date + u'\n' + QFileInfo(essay.file).fileName();
        m_filterKeys[row] = foldForFilter(key);
        m_filterKeyMade[row] = true;
    }
    return m_filterKeys[row];
}

const QByteArray &LibraryModel::sortKey(int row, int column) const
{
    if (!m_sortKeysMade[row]) {
        const EssaySummary &essay = m_essays[row];
        for (int text : {Title, Author, Outlet, Languages, Script, Date})
            m_sortKeys[row][size_t(text)] = Collation::sortKey(displayData(essay, text).toString());
        m_sortKeysMade[row] = true;
    }
    return m_sortKeys[row][size_t(column)];
}

int LibraryModel::rowOfEssay(qint64 id) const
{
    for (qsizetype row = 0; row < m_essays.size(); ++row) {
        if (m_essays[row].id == id)
            return int(row);
    }
    return -1;
}

qint64 LibraryModel::essayIdAt(int row) const
{
    return row >= 0 && row < m_essays.size() ? m_essays[row].id : 0;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_essays.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::displayData(const EssaySummary &essay, int column) const
{
    switch (column) {
    case Title:
        return essay.title.isEmpty() ? QFileInfo(essay.file).fileName() : essay.title;
    case Author:
        return essay.author;
    case Outlet:
        return essay.outlet;
    case Languages:
        return languageList(essay.languages);
    case Script:
        return essay.script == Language::Undetermined ? QString() : languageTag(essay.script);
    case Date:
        return essay.date;
    case Blocks:
        return essay.blockCount;
    case Pairs:
        return essay.pairCount;
    case Annotations:
        return essay.annotationCount;
    default:
        break;
    }
    return {};
}

QString LibraryModel::toolTip(const EssaySummary &essay) const
{
    QString tip = tr("Essay %1").arg(essay.id) + u'\n' + essay.file;
    if (essay.titleDerived)
        tip += u'\n' + tr("The file has no title line; this one is taken from the text.");
    if (!essay.warnings.isEmpty())
        tip += u'\n' + essay.warnings.join(u'\n');
    return tip;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_essays.size())
        return {};
    const EssaySummary &essay = m_essays[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(essay, column);
    case SortRole:
        if (isCount(column))
            return displayData(essay, column);
        return sortKey(index.row(), column);
    case EssayIdRole:
        return essay.id;
    case FilterRole:
        return filterKey(index.row());
    case Qt::ToolTipRole:
        if (column == Script)
            return languageName(essay.script);
        return toolTip(essay);
    case Qt::TextAlignmentRole:
        if (isCount(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == Title && essay.titleDerived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        break;
    }
    return {};
}

bool LibraryModel::setAnnotationCount(qint64 id, int count)
{
    const int row = rowOfEssay(id);
    if (row < 0)
        return false;
    if (m_essays[row].annotationCount != count) {
        m_essays[row].annotationCount = count;
        const QModelIndex cell = index(row, Annotations);
        emit dataChanged(cell, cell);
    }
    return true;
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Author:
        return tr("Author");
    case Outlet:
        return tr("Outlet");
    case Languages:
        return tr("Languages");
    case Script:
        return tr("Script");
    case Date:
        return tr("Date");
    case Blocks:
        return tr("Blocks");
    case Pairs:
        return tr("Pairs");
    case Annotations:
        return tr("Notes");
    default:
        break;
    }
    return {};
}

} // namespace duizhao
