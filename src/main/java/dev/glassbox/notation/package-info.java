/**
 * Equations as small trees of symbols and numbers: one tree renders to LaTeX (the window,
 * typeset by JLaTeXMath) and to plain Unicode text (the terminal, the tutorials), and evaluates
 * itself from the digits it displays, so a test can check that every displayed equation adds up.
 * Plain Java: no Processing, no command line.
 */
package dev.glassbox.notation;
