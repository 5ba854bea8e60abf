# gnuplot peer, W2: one line of 1,000,000 points from CSV, with axes and a title, 1200x675.
# usage: gnuplot -e "fmt='png'; out='w2.png'; data='Benchmarks/data/w2.csv'" w2.gp
if (!exists("fmt")) fmt = 'png'
if (!exists("out")) out = 'w2.' . fmt
if (!exists("data")) data = 'Benchmarks/data/w2.csv'

if (fmt eq 'svg') {
    set terminal svg size 1200,675 font 'Noto Sans,11' background rgb 'white'
} else {
    set terminal pngcairo size 1200,675 font 'Noto Sans,11' background rgb 'white'
}
set output out
set datafile separator ','

set title 'Random walk, 1,000,000 points' font 'Noto Sans Bold,18' left offset graph -0.5, 0
set xlabel 'x'
set ylabel 'y'
set format x '%.0f'
set xrange [0:*] noextend
set rmargin 5
set border 3
set xtics nomirror
set ytics nomirror
unset key
plot data skip 1 using 1:2 with lines lw 0.8 lc rgb '#08519c'
