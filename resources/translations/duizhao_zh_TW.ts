<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BlockKind</name>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>小標題</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>圖片說明</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>廣告</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>免責宣告</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>頁尾</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>參考資料</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複內容</translation>
    </message>
</context>
<context>
    <name>EssayHtml</name>
    <message>
        <source>simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>undetermined script</source>
        <translation>簡繁未定</translation>
    </message>
    <message>
        <source>traditional, Taiwan</source>
        <translation>繁體（臺灣）</translation>
    </message>
    <message>
        <source>traditional, Hong Kong</source>
        <translation>繁體（香港）</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[圖片]</translation>
    </message>
    <message>
        <source>Chinese (%1)</source>
        <translation>中文（%1）</translation>
    </message>
    <message>
        <source>Chinese, shown in %1 script</source>
        <translation>中文，以%1顯示</translation>
    </message>
    <message>
        <source>Original (%1)</source>
        <translation>原文（%1）</translation>
    </message>
    <message>
        <source>Converted to %1 script</source>
        <translation>已轉換為%1</translation>
    </message>
    <message>
        <source>blocks: %1</source>
        <translation>區塊：%1</translation>
    </message>
    <message>
        <source>pairs: %1</source>
        <translation>對：%1</translation>
    </message>
    <message>
        <source>no title line in the file; title taken from the text</source>
        <translation>檔案中沒有標題行；標題取自正文</translation>
    </message>
    <message>
        <source>Script conversion is unavailable (%1); Chinese text is shown as written.</source>
        <translation>無法轉換簡繁（%1）；中文按原文顯示。</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Essay %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>%1 (confidence %2%)</source>
        <translation>%1（置信度 %2%）</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>匯入於 %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>對</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>UserMessages</name>
    <message>
        <source>The disk is full, or the library reached its size limit. The change was rolled back: nothing of it was written.</source>
        <translation>磁碟已滿，或文庫已達到大小上限。更改已回滾：沒有寫入任何內容。</translation>
    </message>
    <message>
        <source>The library file or its folder is read-only. The change was rolled back: nothing of it was written.</source>
        <translation>文庫檔案或其所在資料夾是唯讀的。更改已回滾：沒有寫入任何內容。</translation>
    </message>
    <message>
        <source>Another program kept the library busy for too long. Try again when it has finished.</source>
        <translation>另一個程式佔用文庫的時間過長。請等它完成後再試。</translation>
    </message>
    <message>
        <source>The library file could not be read or written. The change was rolled back.</source>
        <translation>無法讀取或寫入文庫檔案。更改已回滾。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細資訊：%1</translation>
    </message>
    <message>
        <source>The library file is damaged, or it is not a Duizhao library. Restore a backup (library.sqlite.vN.bak) or run “duizhao-cli check”.</source>
        <translation>文庫檔案已損壞，或者不是 Duizhao 文庫。請還原備份（library.sqlite.vN.bak）或執行“duizhao-cli check”。</translation>
    </message>
</context>
<context>
    <name>duizhao::AnnotationEditor</name>
    <message>
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>藍色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉紅色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>New Annotation</source>
        <translation>新建批註</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>編輯批註</translation>
    </message>
    <message>
        <source>Comma-separated; new names join the codebook</source>
        <translation>用逗號分隔；新名稱會加入標籤庫</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>筆記（Markdown）</translation>
    </message>
    <message>
        <source>This is a claim</source>
        <translation>這是一個論斷</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>顏色：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>筆記：</translation>
    </message>
    <message>
        <source>Claim type:</source>
        <translation>論斷型別：</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>判定：</translation>
    </message>
</context>
<context>
    <name>duizhao::AnnotationPanel</name>
    <message>
        <source>Show all annotations, only claims, claims with one verdict, or one tag</source>
        <translation>顯示全部批註、僅論斷、某一判定的論斷或某一標籤</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>全部批註</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>論斷</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>論斷：%1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>標籤：%1</translation>
    </message>
    <message>
        <source>needs review: text not found</source>
        <translation>需要複核：找不到文字</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 條批註</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>顯示 %1 / %2</translation>
    </message>
</context>
<context>
    <name>duizhao::AnnotationWorkspace</name>
    <message>
        <source>Annotations</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>Needs Review</source>
        <translation>需要複核</translation>
    </message>
    <message>
        <source>Highlight in Colour</source>
        <translation>以顏色標示</translation>
    </message>
    <message>
        <source>Use as Counterpart of “%1”</source>
        <translation>用作“%1”的對應文字</translation>
    </message>
    <message>
        <source>Edit Annotation…</source>
        <translation>編輯批註…</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>刪除批註</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>標示(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selected text in the last colour used</source>
        <translation>用上次使用的顏色標示所選文字</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>批註所選內容(&amp;A)…</translation>
    </message>
    <message>
        <source>Highlight the selected text with tags and a note</source>
        <translation>為所選文字加上標籤和筆記並標示</translation>
    </message>
    <message>
        <source>Mark as &amp;Claim…</source>
        <translation>標記為論斷(&amp;C)…</translation>
    </message>
    <message>
        <source>Mark the selected text as a claim, with its type and verdict</source>
        <translation>將所選文字標記為論斷，並註明型別和判定</translation>
    </message>
    <message>
        <source>&amp;Claims Across the Library</source>
        <translation>全文庫的論斷(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tag Codebook…</source>
        <translation>標籤庫(&amp;T)…</translation>
    </message>
    <message>
        <source>Cannot Annotate</source>
        <translation>無法批註</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>沒有開啟文庫。</translation>
    </message>
    <message>
        <source>Cannot Change Annotation</source>
        <translation>無法更改批註</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>無法復原或重做</translation>
    </message>
    <message>
        <source>Mark Claim</source>
        <translation>標記論斷</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>新增批註</translation>
    </message>
    <message>
        <source>Annotated “%1”</source>
        <translation>已批註“%1”</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>編輯批註</translation>
    </message>
    <message>
        <source>Cannot Re-attach</source>
        <translation>無法重新關聯</translation>
    </message>
    <message>
        <source>Open the annotation&apos;s essay and select the text it belongs to, then re-attach.</source>
        <translation>請開啟批註所屬的文章，選中它對應的文字，然後重新關聯。</translation>
    </message>
    <message>
        <source>Re-attach Annotation</source>
        <translation>重新關聯批註</translation>
    </message>
    <message>
        <source>Select text in a paragraph that shows the original text (not the converted column) to annotate it.</source>
        <translation>請在顯示原文（而非轉換欄）的段落中選中文字再進行批註。</translation>
    </message>
    <message>
        <source>Cannot Set Counterpart</source>
        <translation>無法設定對應文字</translation>
    </message>
    <message>
        <source>Select the counterpart text in the paragraph paired with the annotation.</source>
        <translation>請在與批註配對的段落中選中對應文字。</translation>
    </message>
    <message>
        <source>Set Counterpart</source>
        <translation>設定對應文字</translation>
    </message>
    <message>
        <source>an annotation</source>
        <translation>批註</translation>
    </message>
</context>
<context>
    <name>duizhao::BlockContextMenu</name>
    <message>
        <source>Block %1 Is &amp;a…</source>
        <translation>區塊 %1 是(&amp;A)…</translation>
    </message>
    <message>
        <source>Every &amp;Line Like This…</source>
        <translation>所有與此類似的行(&amp;L)…</translation>
    </message>
    <message>
        <source>Teach the importer: lines like this one, in this library and in later imports, get the kind you choose</source>
        <translation>告訴匯入程式：本文庫及以後匯入中與這一行類似的行，都歸為你選擇的型別</translation>
    </message>
    <message>
        <source>Show Raw Blocks to Re-classify Hidden Ones</source>
        <translation>顯示原始區塊以重新分類隱藏的區塊</translation>
    </message>
    <message>
        <source>A&amp;lignment</source>
        <translation>對齊(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Merge With the Next Row</source>
        <translation>與下一行合併(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Split Row</source>
        <translation>拆分行(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>取消配對(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Pair With</source>
        <translation>配對到(&amp;P)</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>區塊 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Reset to the Automatic Alignment</source>
        <translation>恢復自動對齊(&amp;R)</translation>
    </message>
</context>
<context>
    <name>duizhao::ClaimsModel</name>
    <message>
        <source>(needs review)</source>
        <translation>（需要複核）</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>對應文字</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型別</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
</context>
<context>
    <name>duizhao::ClaimsView</name>
    <message>
        <source>Claims</source>
        <translation>論斷</translation>
    </message>
    <message>
        <source>Filter claims: essay, quote, counterpart, type, tags, note</source>
        <translation>篩選論斷：文章、引文、對應文字、型別、標籤、筆記</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>任意判定</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Export the claims listed, as filtered here</source>
        <translation>按當前篩選匯出列出的論斷</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 條論斷</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 claims shown</source>
        <translation>顯示 %1 / %2 條論斷</translation>
    </message>
</context>
<context>
    <name>duizhao::ConcordancePanel</name>
    <message>
        <source>Concordance of… (芯片, &quot;Silicon Valley&quot;, chip*)</source>
        <translation>語境索引…（芯片、&quot;Silicon Valley&quot;、chip*）</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>By essay</source>
        <translation>依文章排序</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>依日期排序</translation>
    </message>
    <message>
        <source>By left context</source>
        <translation>依左側語境排序</translation>
    </message>
    <message>
        <source>By right context</source>
        <translation>依右側語境排序</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任意語言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>簡體中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁體中文</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任意型別</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>From (2024-01)</source>
        <translation>起始（2024-01）</translation>
    </message>
    <message>
        <source>To</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Exact script</source>
        <translation>區分簡繁</translation>
    </message>
    <message>
        <source>Exact vocabulary</source>
        <translation>區分地區用詞</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Left context</source>
        <translation>左側語境</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>命中詞</translation>
    </message>
    <message>
        <source>Right context</source>
        <translation>右側語境</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>對應文字</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>正在列出…</translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>顯示 %1 / %2 條索引行</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 條索引行</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1（%2 毫秒）</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written to %1</source>
        <translation>
            <numerusform>已將 %n 條索引行寫入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Concordance</source>
        <translation>匯出語境索引</translation>
    </message>
    <message>
        <source>concordance.csv</source>
        <translation>concordance.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>duizhao::EssayAnnotationLayer</name>
    <message>
        <source>Claim: %1</source>
        <translation>論斷：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>標籤：%1</translation>
    </message>
    <message>
        <source>Highlight (no note)</source>
        <translation>標示（無筆記）</translation>
    </message>
</context>
<context>
    <name>duizhao::EssayView</name>
    <message>
        <source>simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>臺灣</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>按原文</translation>
    </message>
    <message>
        <source>Show &amp;Raw Blocks</source>
        <translation>顯示原始區塊(&amp;R)</translation>
    </message>
    <message>
        <source>Show every block of the file with its kind, language and pair, residue included</source>
        <translation>顯示檔案的每個區塊及其型別、語言和配對，包括殘留內容</translation>
    </message>
    <message>
        <source>&amp;Find in Essay…</source>
        <translation>在文章中查詢(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Mark Conversion Choices</source>
        <translation>標記轉換選擇(&amp;M)</translation>
    </message>
    <message>
        <source>Tint converted characters OpenCC could have written another way (后 → 後 or 后); hover one for the candidates</source>
        <translation>為 OpenCC 可以有其他寫法的轉換字元著色（後 → 後 或 後）；懸停可檢視候選字</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
        <source>Raw blocks</source>
        <translation>原始區塊</translation>
    </message>
    <message>
        <source>No essay selected</source>
        <translation>未選擇文章</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>右欄：</translation>
    </message>
    <message>
        <source>Chinese:</source>
        <translation>中文：</translation>
    </message>
    <message>
        <source>Raw view: every block in file order, residue included</source>
        <translation>原始檢視：按檔案順序顯示每個區塊，包括殘留內容</translation>
    </message>
    <message>
        <source>Side by side: English and Chinese, paragraph by paragraph</source>
        <translation>對照：英文與中文逐段並排</translation>
    </message>
    <message>
        <source>Chinese in two scripts, side by side</source>
        <translation>中文簡繁兩欄並排</translation>
    </message>
    <message>
        <source>One pane: Chinese %1</source>
        <translation>單欄：中文%1</translation>
    </message>
    <message>
        <source>Single column</source>
        <translation>單欄</translation>
    </message>
    <message>
        <source>Highlight &amp;Glossary Terms</source>
        <translation>醒目提示術語表中的術語(&amp;G)</translation>
    </message>
    <message>
        <source>Underline the glossary&apos;s terms in both columns; hover one for its counterpart and note</source>
        <translation>在兩欄中為術語表的術語加底線；游標停在上面可查看對應術語和筆記</translation>
    </message>
</context>
<context>
    <name>duizhao::ExportDialog</name>
    <message numerus="yes">
        <source>Binary file, %n bytes.</source>
        <translation>
            <numerusform>二進位制檔案，%n 位元組。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Binary file (ZIP, %1 bytes), %n files:</source>
        <translation>
            <numerusform>二進位制檔案（ZIP，%1 位元組），%n 個檔案：</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>匯出筆記</translation>
    </message>
    <message>
        <source>Essays</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>The open essay</source>
        <translation>開啟的文章</translation>
    </message>
    <message numerus="yes">
        <source>The essays selected in the library (%n)</source>
        <translation>
            <numerusform>文庫中選中的文章（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>整個文庫</translation>
    </message>
    <message>
        <source>Only claims</source>
        <translation>僅論斷</translation>
    </message>
    <message>
        <source>Only annotations marked as claims, as the claims view lists them</source>
        <translation>僅匯出標記為論斷的批註，與論斷檢視所列相同</translation>
    </message>
    <message>
        <source>Notes without the essay text</source>
        <translation>只要筆記，不要文章正文</translation>
    </message>
    <message>
        <source>HTML and PDF: leave out the essay and write the notes alone</source>
        <translation>HTML 和 PDF：省略文章正文，只寫筆記</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>This export is too large to preview (%n essays). Export it to see it whole.</source>
        <translation>
            <numerusform>此匯出內容太大，無法預覽（%n 篇文章）。匯出後可檢視全部內容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在寫入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>匯出失敗</translation>
    </message>
</context>
<context>
    <name>duizhao::FindBar</name>
    <message>
        <source>Find in essay, any script</source>
        <translation>在文章中查詢，不分簡繁</translation>
    </message>
    <message>
        <source>Matches in both panes. Script, width, case and regional spelling do not matter: 美国 finds 美國, 芯片 finds 晶片.</source>
        <translation>兩欄中都會顯示匹配。簡繁、全半形、大小寫和地區用詞都不影響：美国能找到美國，芯片能找到晶片。</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>沒有匹配</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一個匹配（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一個匹配（Enter）</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 個匹配</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 個匹配</translation>
    </message>
</context>
<context>
    <name>duizhao::GlossaryWorkspace</name>
    <message>
        <source>Glossary</source>
        <translation>術語表</translation>
    </message>
    <message>
        <source>Filter terms (English or Chinese, any script)</source>
        <translation>篩選術語（英文或中文，不分簡繁）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Remove From Glossary</source>
        <translation>從術語表移除</translation>
    </message>
    <message>
        <source>Add to &amp;Glossary…</source>
        <translation>加入術語表(&amp;G)…</translation>
    </message>
    <message>
        <source>Add to Glossary</source>
        <translation>加入術語表</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>英文(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Chinese:</source>
        <translation>中文(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>筆記(&amp;N)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Save the glossary as CSV or TBX</source>
        <translation>將術語表儲存為 CSV 或 TBX</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>匯出為 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>As &amp;TBX…</source>
        <translation>匯出為 TBX(&amp;T)…</translation>
    </message>
    <message>
        <source>Pair a selected phrase with its counterpart: select one language&apos;s phrase, then the other&apos;s</source>
        <translation>將選取的詞組與其對應詞組配對：先選一種語言的詞組，再選另一種語言的</translation>
    </message>
    <message>
        <source>Select the phrase in one column, then its counterpart in the other: each selection fills its language&apos;s field.</source>
        <translation>先在一欄中選取詞組，再在另一欄中選取其對應詞組：每次選取都會填入相應語言的欄位。</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>沒有開啟文庫。</translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>匯出術語表</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>TBX term base (*.tbx)</source>
        <translation>TBX 術語庫 (*.tbx)</translation>
    </message>
</context>
<context>
    <name>duizhao::ImportResultsDialog</name>
    <message>
        <source>imported</source>
        <translation>已匯入</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳過</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 failed, %5 skipped</source>
        <translation>匯入 %1，更新 %2，未更改 %3，失敗 %4，跳過 %5</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>匯入結果</translation>
    </message>
    <message>
        <source>The import could not run: %1</source>
        <translation>無法執行匯入：%1</translation>
    </message>
    <message>
        <source>Import cancelled. Before it stopped: %1</source>
        <translation>匯入已取消。停止前：%1</translation>
    </message>
    <message>
        <source>Show only failed, skipped and warned files</source>
        <translation>只顯示失敗、跳過和有警告的檔案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細資訊</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>duizhao::LibraryModel</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese, simplified script</source>
        <translation>中文，簡體字</translation>
    </message>
    <message>
        <source>Chinese, traditional script</source>
        <translation>中文，繁體字</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>未確定</translation>
    </message>
    <message>
        <source>Essay %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>The file has no title line; this one is taken from the text.</source>
        <translation>檔案中沒有標題行；此標題取自正文。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>簡繁</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>區塊</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>對</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
</context>
<context>
    <name>duizhao::MainWindow</name>
    <message>
        <source>Duizhao</source>
        <translation>對照</translation>
    </message>
    <message>
        <source>Filter by title, author, outlet or file, in any script</source>
        <translation>按標題、作者、來源或檔案篩選，不分簡繁</translation>
    </message>
    <message>
        <source>Every word must match. Script and regional spelling do not matter: 晶片 finds 芯片, 美國 finds 美国.</source>
        <translation>每個詞都必須匹配。簡繁和地區用詞都不影響：晶片能找到芯片，美國能找到美国。</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>匯入檔案(&amp;F)…</translation>
    </message>
    <message>
        <source>Import essay files into the library</source>
        <translation>將文章檔案匯入文庫</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>匯入資料夾(&amp;O)…</translation>
    </message>
    <message>
        <source>Import every text file in a folder and its subfolders</source>
        <translation>匯入一個資料夾及其子資料夾中的所有文字檔案</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>匯出筆記(&amp;E)…</translation>
    </message>
    <message>
        <source>Write annotated notes as Markdown, HTML, PDF, CSV or W3C Web Annotation JSON</source>
        <translation>將批註筆記寫為 Markdown、HTML、PDF、CSV 或 W3C Web Annotation JSON</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>開啟文庫(&amp;L)…</translation>
    </message>
    <message>
        <source>Open another library file, or name a new one to create it</source>
        <translation>開啟另一個文庫檔案，或輸入新名稱以建立文庫</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Essay &amp;Metadata…</source>
        <translation>文章中繼資料(&amp;M)…</translation>
    </message>
    <message>
        <source>Correct the title, author, outlet, date or URL; re-imports keep your corrections</source>
        <translation>更正標題、作者、來源、日期或網址；重新匯入會保留你的更正</translation>
    </message>
    <message>
        <source>Attach &amp;Translation…</source>
        <translation>附加譯文(&amp;T)…</translation>
    </message>
    <message>
        <source>Show an essay in one language side by side with its translation from another file</source>
        <translation>將單一語言的文章與另一個檔案中的譯文並排顯示</translation>
    </message>
    <message>
        <source>&amp;Detach Translation</source>
        <translation>分離譯文(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Structure Rules…</source>
        <translation>結構規則(&amp;S)…</translation>
    </message>
    <message>
        <source>The kinds you taught the importer for every line like one you chose</source>
        <translation>你為與所選行類似的每一行教給匯入程式的型別</translation>
    </message>
    <message>
        <source>&amp;Library Pane</source>
        <translation>文庫欄(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the library, leaving the page the width</source>
        <translation>顯示或隱藏文庫，把寬度留給頁面</translation>
    </message>
    <message>
        <source>&amp;Next Essay</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Essay</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Annotation</source>
        <translation>下一條批註(&amp;A)</translation>
    </message>
    <message>
        <source>Previous A&amp;nnotation</source>
        <translation>上一條批註(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Focus Search</source>
        <translation>跳到搜尋(&amp;F)</translation>
    </message>
    <message>
        <source>Type a query for the whole library</source>
        <translation>為整個文庫輸入查詢</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Filter Library</source>
        <translation>篩選文庫(&amp;F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>搜尋文庫(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>轉到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Duizhao</source>
        <translation>關於 Duizhao(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具欄</translation>
    </message>
    <message>
        <source>Notes exported</source>
        <translation>筆記已匯出</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>批註(&amp;A)</translation>
    </message>
    <message>
        <source>The claims listed in the claims window</source>
        <translation>論斷視窗中列出的論斷</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>無法開啟文庫</translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish or cancel it first.</source>
        <translation>正在匯入。請等它完成或先取消。</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>沒有開啟文庫。</translation>
    </message>
    <message>
        <source>The library %1 could not be opened.

%2</source>
        <translation>無法開啟文庫 %1。

%2</translation>
    </message>
    <message>
        <source>

Backups: %1</source>
        <translation>

備份：%1</translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation>開啟其他文庫…</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Duizhao…

The file as it was is kept beside it as a backup. A large library takes a minute or two.</source>
        <translation>正在為此版本的 Duizhao 升級 %1…

原檔案會作為備份保留在旁邊。大型文庫需要一兩分鐘。</translation>
    </message>
    <message>
        <source>Upgrading Library</source>
        <translation>正在升級文庫</translation>
    </message>
    <message>
        <source>Library upgraded; the old file is kept as a backup beside it.</source>
        <translation>文庫已升級；舊檔案作為備份保留在旁邊。</translation>
    </message>
    <message>
        <source>Upgrading it for this version of Duizhao failed: %1</source>
        <translation>為此版本的 Duizhao 升級失敗：%1</translation>
    </message>
    <message>
        <source>Cannot Read Library</source>
        <translation>無法讀取文庫</translation>
    </message>
    <message>
        <source>The library is empty. Import files or a folder from the File menu, or drop them on this window.</source>
        <translation>文庫是空的。請從“檔案”選單匯入檔案或資料夾，或將它們拖放到此視窗。</translation>
    </message>
    <message>
        <source>Essay %1 cannot be read: %2</source>
        <translation>無法讀取文章 %1：%2</translation>
    </message>
    <message>
        <source>Essay %1 is no longer in the library.</source>
        <translation>文章 %1 已不在文庫中。</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>無法匯入</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有匯入正在進行。</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>正在查詢檔案…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <source>Cancelling after the file being written…</source>
        <translation>寫完當前檔案後取消…</translation>
    </message>
    <message>
        <source>Importing %1 of %2
%3</source>
        <translation>正在匯入第 %1 個，共 %2 個
%3</translation>
    </message>
    <message>
        <source>Import cancelled: %1</source>
        <translation>匯入已取消：%1</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>匯入完成：%1</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>匯入失敗：%1</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>匯入檔案</translation>
    </message>
    <message>
        <source>Text files (*.txt *.text *.md *.markdown);;All files (*)</source>
        <translation>文字檔案 (*.txt *.text *.md *.markdown);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>匯入資料夾</translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation>開啟或建立文庫</translation>
    </message>
    <message>
        <source>Duizhao libraries (*.sqlite *.bak);;All files (*)</source>
        <translation>Duizhao 文庫 (*.sqlite *.bak);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>No library</source>
        <translation>沒有文庫</translation>
    </message>
    <message>
        <source>Essays: %1 of %2 shown</source>
        <translation>文章：顯示 %1 / %2</translation>
    </message>
    <message>
        <source>Essays: %1</source>
        <translation>文章：%1</translation>
    </message>
    <message>
        <source>bilingual: %1</source>
        <translation>雙語：%1</translation>
    </message>
    <message>
        <source>blocks: %1</source>
        <translation>區塊：%1</translation>
    </message>
    <message>
        <source>pairs: %1</source>
        <translation>對：%1</translation>
    </message>
    <message>
        <source>About Duizhao</source>
        <translation>關於 Duizhao</translation>
    </message>
    <message>
        <source>Attach Translation</source>
        <translation>附加譯文</translation>
    </message>
    <message>
        <source>Cannot Attach the Translation</source>
        <translation>無法附加譯文</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Translation attached and aligned; re-imports keep it.</source>
        <translation>譯文已附加並對齊；重新匯入會保留它。</translation>
    </message>
    <message>
        <source>Metadata saved; re-imports keep it.</source>
        <translation>中繼資料已儲存；重新匯入會保留它。</translation>
    </message>
    <message>
        <source>Block %1 is now: %2; re-imports keep it.</source>
        <translation>區塊 %1 現在是：%2；重新匯入會保留它。</translation>
    </message>
    <message numerus="yes">
        <source>Rule saved: every line like “%1” is now %2 (%n essay(s) changed); later imports follow it.</source>
        <translation>
            <numerusform>規則已儲存：所有類似“%1”的行現在都是%2（%n 篇文章已更改）；以後的匯入也遵循此規則。</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment saved; re-imports keep it.</source>
        <translation>對齊已儲存；重新匯入會保留它。</translation>
    </message>
    <message>
        <source>Back to the automatic alignment.</source>
        <translation>已恢復自動對齊。</translation>
    </message>
    <message>
        <source>This essay has no annotations.</source>
        <translation>這篇文章沒有批註。</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>偏好設定已儲存。</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>The library is open for reading only: search and export work; changes are refused.</source>
        <translation>文庫以唯讀方式開啟：可以搜尋和匯出，但不能更改。</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>從備份還原(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the library with one of its backups; the library as it is is kept</source>
        <translation>以文庫的某個備份取代目前的文庫；目前的文庫會保留下來</translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>語境索引</translation>
    </message>
    <message>
        <source>&amp;Concordance</source>
        <translation>語境索引(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>統計(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Pinyin</source>
        <translation>拼音(&amp;P)</translation>
    </message>
    <message>
        <source>The library is read-only: reading, search and export work; changes are refused.</source>
        <translation>文庫為唯讀：可以閱讀、搜尋和匯出，但不能更改。</translation>
    </message>
    <message>
        <source>No automatic backup: %1</source>
        <translation>未自動備份：%1</translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation>已建立每日備份：%1</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>無法還原</translation>
    </message>
    <message>
        <source>The library is read-only: it cannot be replaced.</source>
        <translation>文庫為唯讀：無法取代。</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored; the library is as it was.

%2</source>
        <translation>無法還原備份 %1；文庫維持原狀。

%2</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已從 %1 還原。</translation>
    </message>
    <message>
        <source>Restored from %1; the library as it was is kept as %2.</source>
        <translation>已從 %1 還原；原來的文庫保留為 %2。</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1（唯讀）</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Duizhao %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reads bilingual tech-policy essays with English and Chinese side by side. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Duizhao %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;並排閱讀英文和中文的雙語科技政策文章。所有資料都只存放在這台電腦上。&lt;/p&gt;&lt;p&gt;文庫：%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dictionary data: %1, %2 entries.</source>
        <translation>辭典資料：%1，共 %2 個詞條。</translation>
    </message>
    <message>
        <source>Detach Translation</source>
        <translation>分離譯文</translation>
    </message>
    <message>
        <source>Cannot %1</source>
        <translation>無法%1</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>無法復原或重做</translation>
    </message>
    <message>
        <source>Edit Metadata</source>
        <translation>編輯中繼資料</translation>
    </message>
    <message>
        <source>Re-classify Block as %1</source>
        <translation>將區塊重新分類為%1</translation>
    </message>
    <message>
        <source>Teach Rule</source>
        <translation>設定結構規則</translation>
    </message>
    <message>
        <source>Change Alignment</source>
        <translation>更改對齊</translation>
    </message>
    <message>
        <source>Reset Alignment</source>
        <translation>恢復自動對齊</translation>
    </message>
</context>
<context>
    <name>duizhao::MetadataDialog</name>
    <message>
        <source>Essay Metadata</source>
        <translation>文章中繼資料</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>來源(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>網址(&amp;U)：</translation>
    </message>
    <message>
        <source>You corrected this; re-imports keep your value.</source>
        <translation>這是你更正過的；重新匯入會保留你的值。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Use what the file says again</source>
        <translation>重新使用檔案中的內容</translation>
    </message>
    <message>
        <source>(as the file says)</source>
        <translation>（與檔案相同）</translation>
    </message>
    <message>
        <source>as written, e.g. 2025-03-14</source>
        <translation>按原文，例如 2025-03-14</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>檔案：%1</translation>
    </message>
</context>
<context>
    <name>duizhao::NeedsReviewView</name>
    <message>
        <source>Essay</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>筆記</translation>
    </message>
    <message>
        <source>Open Essay</source>
        <translation>開啟文章</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>重新關聯到所選內容</translation>
    </message>
    <message>
        <source>Select the text this annotation belongs to in the essay, then press this</source>
        <translation>在文章中選中此批註所屬的文字，然後按此按鈕</translation>
    </message>
    <message>
        <source>Every annotation is in place.</source>
        <translation>所有批註都在原位。</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) lost their text in a re-import. They are kept with quote and note; re-attach each to a new selection.</source>
        <translation>
            <numerusform>%n 條批註在重新匯入後找不到原文。它們連同引文和筆記一起保留；請逐一重新關聯到新的選區。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duizhao::PinyinLayer</name>
    <message>
        <source>Pinyin Over the &amp;Left Pane</source>
        <translation>左欄標註拼音(&amp;L)</translation>
    </message>
    <message>
        <source>Pinyin Over the &amp;Right Pane</source>
        <translation>右欄標註拼音(&amp;R)</translation>
    </message>
    <message>
        <source>Show pinyin above the Chinese words of this pane</source>
        <translation>在此欄的中文詞語上方顯示拼音</translation>
    </message>
</context>
<context>
    <name>duizhao::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>As the essay decides</source>
        <translation>由文章決定</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>按原文</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>臺灣</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 點</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Hovering over a word</source>
        <translation>懸停在詞上</translation>
    </message>
    <message>
        <source>Clicking a word</source>
        <translation>點選詞</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>The new language shows from the next start.</source>
        <translation>新的語言在下次啟動時生效。</translation>
    </message>
    <message>
        <source>Chinese &amp;script:</source>
        <translation>中文簡繁(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;English font:</source>
        <translation>英文字型(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;hinese font:</source>
        <translation>中文字型(&amp;H)：</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>文字大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Dictionary opens by:</source>
        <translation>詞典開啟方式(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>文庫(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Library File</source>
        <translation>文庫檔案</translation>
    </message>
    <message>
        <source>Duizhao libraries (*.sqlite);;All files (*)</source>
        <translation>Duizhao 文庫 (*.sqlite);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>duizhao::RestoreBackupDialog</name>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Before upgrade (schema %1)</source>
        <translation>升級前（結構版本 %1）</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>從備份還原</translation>
    </message>
    <message>
        <source>Choose a backup of %1. The library as it is now is kept beside it as “%2.before-restore-…”, so restoring loses nothing.</source>
        <translation>請選擇 %1 的備份。目前的文庫會以“%2.before-restore-…”保留在旁邊，因此還原不會遺失任何內容。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Essays</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批註</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>No backups yet in %1. One is made on the first start of each day.</source>
        <translation>%1 中還沒有備份。每天第一次啟動時會建立一份備份。</translation>
    </message>
    <message>
        <source>Backups are kept in %1: the last 7 days and the last 4 weeks, and every backup made by hand or before an upgrade.</source>
        <translation>備份保存在 %1：保留最近 7 天和最近 4 週的備份，以及所有手動或升級前建立的備份。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
</context>
<context>
    <name>duizhao::ScriptSwitch</name>
    <message>
        <source>As written</source>
        <translation>按原文</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>簡體</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁體</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>臺灣</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>左欄：</translation>
    </message>
    <message>
        <source>The script of the Chinese text in the left pane</source>
        <translation>左欄中文的簡繁</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>右欄：</translation>
    </message>
    <message>
        <source>The script of the Chinese text in the right pane (OpenCC); characters the conversion had to choose for are tinted</source>
        <translation>右欄中文的簡繁（OpenCC）；轉換時需要選擇的字元會著色</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>One pane</source>
        <translation>單欄</translation>
    </message>
</context>
<context>
    <name>duizhao::SearchPanel</name>
    <message>
        <source>Search every essay, any script</source>
        <translation>搜尋所有文章，不分簡繁</translation>
    </message>
    <message>
        <source>Words must all match; &quot;a phrase&quot;; a OR b; -word excludes; prefix*. 芯片 also finds 晶片, 美国 finds 美國.</source>
        <translation>所有詞都必須匹配；&quot;片語&quot;；a OR b；-詞 表示排除；字首*。芯片也能找到晶片，美国也能找到美國。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>Blocks matching in this essay: %1</source>
        <translation>本文中匹配的區塊：%1</translation>
    </message>
    <message>
        <source>No essay matches.</source>
        <translation>沒有匹配的文章。</translation>
    </message>
    <message>
        <source>%1 essays match, best %2 shown (%3 ms)</source>
        <translation>%1 篇文章匹配，顯示最佳的 %2 篇（%3 毫秒）</translation>
    </message>
    <message>
        <source>1 essay matches (%1 ms)</source>
        <translation>1 篇文章匹配（%1 毫秒）</translation>
    </message>
    <message>
        <source>%1 essays match (%2 ms)</source>
        <translation>%1 篇文章匹配（%2 毫秒）</translation>
    </message>
    <message>
        <source>+ Glossary</source>
        <translation>+ 術語表</translation>
    </message>
    <message>
        <source>Also find a glossary term&apos;s counterpart: chip finds 芯片 when the glossary pairs them</source>
        <translation>同時尋找術語表中術語的對應詞：術語表把 chip 與芯片配對時，chip 也能找到芯片</translation>
    </message>
</context>
<context>
    <name>duizhao::SelectionToolBar</name>
    <message>
        <source>Highlight in %1</source>
        <translation>以%1標示</translation>
    </message>
    <message>
        <source>Tag / Note…</source>
        <translation>標籤 / 筆記…</translation>
    </message>
    <message>
        <source>Highlight with tags and a note</source>
        <translation>加上標籤和筆記並標示</translation>
    </message>
    <message>
        <source>Claim…</source>
        <translation>論斷…</translation>
    </message>
    <message>
        <source>Mark as a claim, with type and verdict</source>
        <translation>標記為論斷，並註明型別和判定</translation>
    </message>
</context>
<context>
    <name>duizhao::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快速鍵</translation>
    </message>
</context>
<context>
    <name>duizhao::StatisticsWindow</name>
    <message>
        <source>Library Statistics</source>
        <translation>文庫統計</translation>
    </message>
    <message>
        <source>Term (optional): 芯片, &quot;Silicon Valley&quot;</source>
        <translation>詞語（選填）：芯片、&quot;Silicon Valley&quot;</translation>
    </message>
    <message>
        <source>Essays by outlet</source>
        <translation>各來源的文章數</translation>
    </message>
    <message>
        <source>Essays by language</source>
        <translation>各語言的文章數</translation>
    </message>
    <message>
        <source>Essays by month</source>
        <translation>各月份的文章數</translation>
    </message>
    <message>
        <source>Claims by verdict</source>
        <translation>各判定的論斷數</translation>
    </message>
    <message>
        <source>Claims by type</source>
        <translation>各型別的論斷數</translation>
    </message>
    <message>
        <source>Claims by tag</source>
        <translation>各標籤的論斷數</translation>
    </message>
    <message>
        <source>Term: matches per essay</source>
        <translation>詞語：各文章的匹配數</translation>
    </message>
    <message>
        <source>Term: matches per outlet</source>
        <translation>詞語：各來源的匹配數</translation>
    </message>
    <message>
        <source>Term: matches per month</source>
        <translation>詞語：各月份的匹配數</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>儲存 PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>儲存 SVG…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在統計…</translation>
    </message>
    <message numerus="yes">
        <source>%n essay(s), </source>
        <translation>
            <numerusform>%n 篇文章，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 條論斷</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %1: %n match(es)</source>
        <translation>
            <numerusform>；%1：%n 個匹配</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation>（%1 毫秒）</translation>
    </message>
    <message>
        <source>Essays</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>論斷</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配數</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG 圖片 (*.svg)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>儲存圖表</translation>
    </message>
    <message>
        <source>chart.svg</source>
        <translation>chart.svg</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>chart.png</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>無法寫入 %1</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Count only the essays of this outlet (as the library table shows it)</source>
        <translation>只統計這一來源的文章（依文庫表格中顯示的來源）</translation>
    </message>
    <message>
        <source>From (2024-01)</source>
        <translation>起始（2024-01）</translation>
    </message>
    <message>
        <source>First date counted: a year, a month or a day (yyyy-MM-dd)</source>
        <translation>統計的起始日期：年、月或日（yyyy-MM-dd）</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Last date counted, included; undated essays are left out when a date is given</source>
        <translation>統計的截止日期（含當天）；指定日期時，不統計沒有日期的文章</translation>
    </message>
</context>
<context>
    <name>duizhao::StructureRuleDialog</name>
    <message>
        <source>Every Line Like This</source>
        <translation>所有與此類似的行</translation>
    </message>
    <message>
        <source>Lines that read:</source>
        <translation>內容為以下文字的行：</translation>
    </message>
    <message>
        <source>How alike</source>
        <translation>相似程度</translation>
    </message>
    <message>
        <source>The same text (spacing and case aside)</source>
        <translation>相同文字（不計空格和大小寫）</translation>
    </message>
    <message>
        <source>The same text, any numbers (“阅读 1024 次” matches “阅读 7 次”)</source>
        <translation>相同文字，數字任意（“閱讀 1024 次”匹配“閱讀 7 次”）</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>On this essay&apos;s site (it names none)</source>
        <translation>在本文的網站上（本文未註明網站）</translation>
    </message>
    <message>
        <source>On %1 only</source>
        <translation>僅在 %1</translation>
    </message>
    <message>
        <source>In every essay</source>
        <translation>在所有文章中</translation>
    </message>
    <message>
        <source>Are a:</source>
        <translation>歸為：</translation>
    </message>
    <message>
        <source>Matching lines already in the library change now, and so do those of later imports. A block you re-classified yourself keeps your choice. Edit → Structure Rules lists the rules.</source>
        <translation>文庫中已有的匹配行現在就會更改，以後匯入的也一樣。你親自重新分類過的區塊保留你的選擇。編輯 → 結構規則 列出所有規則。</translation>
    </message>
    <message>
        <source>Apply to Every Line</source>
        <translation>應用到所有類似的行</translation>
    </message>
</context>
<context>
    <name>duizhao::StructureRulesDialog</name>
    <message>
        <source>Structure Rules</source>
        <translation>結構規則</translation>
    </message>
    <message>
        <source>Lines that read</source>
        <translation>內容為以下文字的行</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>相似</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Are a</source>
        <translation>歸為</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>刪除規則(&amp;R)</translation>
    </message>
    <message>
        <source>any numbers</source>
        <translation>數字任意</translation>
    </message>
    <message>
        <source>same text</source>
        <translation>相同文字</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>所有位置</translation>
    </message>
    <message>
        <source>What you taught the importer with “Every Line Like This”. Rules apply to the library now and to every later import; a block you re-classified yourself keeps your choice.</source>
        <translation>你透過“所有與此類似的行”教給匯入程式的規則。規則現在就應用到文庫，並應用到以後的每次匯入；你親自重新分類過的區塊保留你的選擇。</translation>
    </message>
    <message>
        <source>Change Rule</source>
        <translation>更改規則</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>刪除規則</translation>
    </message>
</context>
<context>
    <name>duizhao::TagCodebookDialog</name>
    <message>
        <source>Tag Codebook</source>
        <translation>標籤庫</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用次數</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名稱：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>顏色：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>說明：</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>上級：</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建標籤</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>儲存更改</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>合併到…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（頂層）</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>合併標籤</translation>
    </message>
    <message>
        <source>Every annotation tagged “%1” will be tagged with the tag you choose, and “%1” will be removed from the codebook.</source>
        <translation>所有標有“%1”的批註都將改為你選擇的標籤，“%1”將從標籤庫中刪除。</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>刪除標籤</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %n annotation(s). Remove it from them and delete it? The annotations themselves stay.</source>
        <translation>
            <numerusform>“%1”用在 %n 條批註上。要從這些批註中移除並刪除它嗎？批註本身會保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove From Annotations and Delete</source>
        <translation>從批註中移除並刪除</translation>
    </message>
    <message>
        <source>New Tag “%1”</source>
        <translation>新建標籤“%1”</translation>
    </message>
    <message>
        <source>Change Tag “%1”</source>
        <translation>更改標籤“%1”</translation>
    </message>
</context>
<context>
    <name>duizhao::WordLookup</name>
    <message>
        <source>&amp;Look Up Word</source>
        <translation>查辭典(&amp;L)</translation>
    </message>
    <message>
        <source>Show the dictionary entry of the word at the caret</source>
        <translation>顯示游標所在詞語的辭典詞條</translation>
    </message>
    <message>
        <source>Look Up Words on &amp;Click</source>
        <translation>點選詞語時查辭典(&amp;C)</translation>
    </message>
    <message>
        <source>Show the dictionary when a Chinese word is clicked, instead of when the mouse rests on it</source>
        <translation>點選中文詞語時才顯示辭典，而不是在滑鼠懸停時顯示</translation>
    </message>
    <message>
        <source>&amp;Snap Selections to Words</source>
        <translation>以詞為單位選取(&amp;S)</translation>
    </message>
    <message>
        <source>A selection dragged with the mouse takes whole words; hold Alt to keep single characters</source>
        <translation>用滑鼠拖曳選取時會選取整個詞語；按住 Alt 則可逐字選取</translation>
    </message>
</context>
<context>
    <name>duizhao::WordPopup</name>
    <message>
        <source>Add to Glossary…</source>
        <translation>加入術語表…</translation>
    </message>
    <message>
        <source>Not in CC-CEDICT (reading from ICU).</source>
        <translation>CC-CEDICT 中沒有此詞（讀音取自 ICU）。</translation>
    </message>
    <message>
        <source>Other region&apos;s term: %1</source>
        <translation>其他地區的用詞：%1</translation>
    </message>
    <message>
        <source>Within it:</source>
        <translation>其中包含：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads bilingual essays with English and Chinese side by side.</source>
        <translation>並排閱讀英文和中文的雙語文章。</translation>
    </message>
    <message>
        <source>The library file (default: %1).</source>
        <translation>文庫檔案（預設：%1）。</translation>
    </message>
    <message>
        <source>Import a file or folder before showing the window (may be given more than once).</source>
        <translation>在顯示視窗之前匯入一個檔案或資料夾（可多次指定）。</translation>
    </message>
    <message>
        <source>Open the essay with this id.</source>
        <translation>開啟此編號的文章。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the essay is shown, then quit (exit code 1 if anything failed on the way).</source>
        <translation>文章顯示後儲存視窗的 PNG 截圖，然後退出（過程中有任何失敗則結束代碼為 1）。</translation>
    </message>
    <message>
        <source>Open the search panel with this query and show the best hit.</source>
        <translation>用此查詢開啟搜尋面板並顯示最佳結果。</translation>
    </message>
    <message>
        <source>The script of the right pane: auto, original, hans, hant, tw, hk or none (one pane).</source>
        <translation>右欄的簡繁：auto、original、hans、hant、tw、hk 或 none（單欄）。</translation>
    </message>
    <message>
        <source>Highlight this block of the open essay and its counterpart, as hovering it would.</source>
        <translation>標示開啟的文章中的此區塊及其對應區塊，如同滑鼠懸停時一樣。</translation>
    </message>
    <message>
        <source>The language of the window for this run: system, en, zh_CN or zh_TW.</source>
        <translation>本次執行的介面語言：system、en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>顯示版本資訊。</translation>
    </message>
    <message>
        <source>Open the library for reading only: reading, search and export work, changes are refused.</source>
        <translation>以唯讀方式開啟文庫：可以閱讀、搜尋和匯出，但不能更改。</translation>
    </message>
</context>
</TS>
