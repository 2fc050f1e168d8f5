#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace civicdesk::core::referencenumber {

// Reference numbers are made offline, on the workstation, and stay unique with no server:
//   WWW-DDD-CCCK   e.g. "K7M-4HX-2C9R"
//   WWW  the workstation code, assigned once per workstation (unique within the city)
//   DDD  the day, as days since 2020-01-01
//   CCC  that workstation's counter for that day (29,791 a day)
//   K    a check character that catches any single mistyped character or swapped neighbours
// The alphabet has no 0/O or 1/I/L, so what is read aloud is what gets typed.
inline constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr int kBase = 31;
inline constexpr int kMaxDailyCounter = kBase * kBase * kBase - 1;
inline constexpr int kWorkstationCodeLength = 3;

bool isValidWorkstationCode(const QString &code);
QString randomWorkstationCode();

// Throws civicdesk::core::Error when the code or counter is out of range.
QString make(const QString &workstationCode, QDate day, int counter);

// True when the text is a well-formed reference number with a correct check character.
// Lower case and missing or extra dashes and spaces are tolerated.
bool isValid(const QString &reference);
QString normalise(const QString &reference);

// "K as in Kilo, 7, M as in Mike, dash, ..." for reading back to a caller.
QString phonetic(const QString &reference);

} // namespace civicdesk::core::referencenumber
