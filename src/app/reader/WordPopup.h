#pragma once

#include "Dictionary.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace duizhao {

// The dictionary popup over the page: the word in both scripts, its pinyin coloured by
// tone (1 red, 2 green, 3 blue, 4 purple, neutral grey), the definitions of each
// reading, the regional counterparts (晶片 notes 芯片) and the shorter words the longest
// match passed through (美国人: 美国, 美). "Add to Glossary" hands the word on.
class WordPopup : public QFrame
{
    Q_OBJECT

public:
    explicit WordPopup(QWidget *parent = nullptr);

    // Shows `match` (of the text `word`) near `globalPosition`; a match without entries
    // says the dictionary has no such word, a missing dictionary says why.
    void showMatch(const DictionaryMatch &match, const QString &word, const QPoint &globalPosition);
    const DictionaryMatch &match() const { return m_match; }
    QString word() const { return m_word; }
    // The popup's text as HTML, for tests.
    QString html() const;
    // One entry's pinyin as HTML, each syllable in its tone's colour.
    static QString tonedPinyin(const QString &numbered);

signals:
    void addToGlossaryRequested(const QString &chinese, const QString &english);

private:
    QLabel *m_label = nullptr;
    QPushButton *m_addButton = nullptr;
    DictionaryMatch m_match;
    QString m_word;
};

} // namespace duizhao
