# $(file >F,text) writes (adding a newline), >> appends, < reads.
$(file >out.txt,first)
$(file >>out.txt,second)
$(info [$(file <out.txt)])
$(file >empty.txt)
$(file > spaced.txt, leading kept)
$(info [$(file <spaced.txt)] [$(file <missing.txt)])
all: ;
