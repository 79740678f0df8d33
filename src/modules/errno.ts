// The errno module: Linux x86-64 error numbers and the errorcode dict mapping each number to
// its name (CPython: Modules/errnomodule.c). Names are added in CPython's order, so vars(errno)
// and errorcode iterate the same way (aliases share a number: the last added names it).

import { Ref } from '../objects/value.js';
import { defineModule } from './define.js';
import { dictSet, newDict } from '../objects/dict.js';

const CODES =
  'ENODEV=19 ENOCSI=50 EHOSTUNREACH=113 ENOMSG=42 EUCLEAN=117 EL2NSYNC=45 EL2HLT=51 ENODATA=61 ENOTBLK=15 ENOSYS=38 EPIPE=32 EINVAL=22 EOVERFLOW=75 EADV=68 EINTR=4 EUSERS=87 ENOTEMPTY=39 ENOBUFS=105 EPROTO=71 EREMOTE=66 ENAVAIL=119 ECHILD=10 ELOOP=40 EXDEV=18 E2BIG=7 ESRCH=3 EMSGSIZE=90 EAFNOSUPPORT=97 EBADR=53 EHOSTDOWN=112 EPFNOSUPPORT=96 ENOPROTOOPT=92 EBUSY=16 EWOULDBLOCK=11 EBADFD=77 EDOTDOT=73 EISCONN=106 ENOANO=55 ESHUTDOWN=108 ECHRNG=44 ELIBBAD=80 ENONET=64 EBADE=52 EBADF=9 EMULTIHOP=72 EIO=5 EUNATCH=49 EPROTOTYPE=91 ENOSPC=28 ENOEXEC=8 EALREADY=114 ENETDOWN=100 ENOTNAM=118 EACCES=13 ELNRNG=48 EILSEQ=84 ENOTDIR=20 ENOTUNIQ=76 EPERM=1 EDOM=33 EXFULL=54 ECONNREFUSED=111 EISDIR=21 EPROTONOSUPPORT=93 EROFS=30 EADDRNOTAVAIL=99 EIDRM=43 ECOMM=70 ESRMNT=69 EREMOTEIO=121 EL3RST=47 EBADMSG=74 ENFILE=23 ELIBMAX=82 ESPIPE=29 ENOLINK=67 ENETRESET=102 ETIMEDOUT=110 ENOENT=2 EEXIST=17 EDQUOT=122 ENOSTR=60 EBADSLT=57 EBADRQC=56 ELIBACC=79 EFAULT=14 EFBIG=27 EDEADLK=35 ENOTCONN=107 EDESTADDRREQ=89 ELIBSCN=81 ENOLCK=37 EISNAM=120 ECONNABORTED=103 ENETUNREACH=101 ESTALE=116 ENOSR=63 ENOMEM=12 ENOTSOCK=88 ESTRPIPE=86 EMLINK=31 ERANGE=34 ELIBEXEC=83 EL3HLT=46 ECONNRESET=104 EADDRINUSE=98 EOPNOTSUPP=95 EREMCHG=78 EAGAIN=11 ENAMETOOLONG=36 ENOTTY=25 ERESTART=85 ESOCKTNOSUPPORT=94 ETIME=62 EBFONT=59 EDEADLOCK=35 ETOOMANYREFS=109 EMFILE=24 ETXTBSY=26 EINPROGRESS=115 ENXIO=6 ENOPKG=65 ENOMEDIUM=123 EMEDIUMTYPE=124 ECANCELED=125 ENOKEY=126 EHWPOISON=133 EKEYEXPIRED=127 EKEYREVOKED=128 EKEYREJECTED=129 EOWNERDEAD=130 ENOTRECOVERABLE=131 ERFKILL=132 ENOTSUP=95';

/** glibc's strerror() text for 0..133 (Linux x86-64), '|'-separated. */
const MESSAGES = (
  'Success|Operation not permitted|No such file or directory|No such process|Interrupted system call|'
  + 'Input/output error|No such device or address|Argument list too long|Exec format error|'
  + 'Bad file descriptor|No child processes|Resource temporarily unavailable|Cannot allocate memory|'
  + 'Permission denied|Bad address|Block device required|Device or resource busy|File exists|'
  + 'Invalid cross-device link|No such device|Not a directory|Is a directory|Invalid argument|'
  + 'Too many open files in system|Too many open files|Inappropriate ioctl for device|Text file busy|'
  + 'File too large|No space left on device|Illegal seek|Read-only file system|Too many links|'
  + 'Broken pipe|Numerical argument out of domain|Numerical result out of range|'
  + 'Resource deadlock avoided|File name too long|No locks available|Function not implemented|'
  + 'Directory not empty|Too many levels of symbolic links|Unknown error 41|No message of desired type|'
  + 'Identifier removed|Channel number out of range|Level 2 not synchronized|Level 3 halted|'
  + 'Level 3 reset|Link number out of range|Protocol driver not attached|No CSI structure available|'
  + 'Level 2 halted|Invalid exchange|Invalid request descriptor|Exchange full|No anode|'
  + 'Invalid request code|Invalid slot|Unknown error 58|Bad font file format|Device not a stream|'
  + 'No data available|Timer expired|Out of streams resources|Machine is not on the network|'
  + 'Package not installed|Object is remote|Link has been severed|Advertise error|Srmount error|'
  + 'Communication error on send|Protocol error|Multihop attempted|RFS specific error|Bad message|'
  + 'Value too large for defined data type|Name not unique on network|File descriptor in bad state|'
  + 'Remote address changed|Can not access a needed shared library|Accessing a corrupted shared library|'
  + '.lib section in a.out corrupted|Attempting to link in too many shared libraries|'
  + 'Cannot exec a shared library directly|Invalid or incomplete multibyte or wide character|'
  + 'Interrupted system call should be restarted|Streams pipe error|Too many users|'
  + 'Socket operation on non-socket|Destination address required|Message too long|'
  + 'Protocol wrong type for socket|Protocol not available|Protocol not supported|'
  + 'Socket type not supported|Operation not supported|Protocol family not supported|'
  + 'Address family not supported by protocol|Address already in use|Cannot assign requested address|'
  + 'Network is down|Network is unreachable|Network dropped connection on reset|'
  + 'Software caused connection abort|Connection reset by peer|No buffer space available|'
  + 'Transport endpoint is already connected|Transport endpoint is not connected|'
  + 'Cannot send after transport endpoint shutdown|Too many references: cannot splice|'
  + 'Connection timed out|Connection refused|Host is down|No route to host|Operation already in progress|'
  + 'Operation now in progress|Stale file handle|Structure needs cleaning|Not a XENIX named type file|'
  + 'No XENIX semaphores available|Is a named type file|Remote I/O error|Disk quota exceeded|'
  + 'No medium found|Wrong medium type|Operation canceled|Required key not available|Key has expired|'
  + 'Key has been revoked|Key was rejected by service|Owner died|State not recoverable|'
  + 'Operation not possible due to RF-kill|Memory page has hardware error').split('|');

const NUMBERS = new Map<string, number>(CODES.split(' ').map((item) => {
  const [name, num] = item.split('=') as [string, string];
  return [name, Number(num)];
}));

/** The errno number of a name such as 'ENOENT' (Node's error.code), or undefined. */
export function errnoNumber(name: string): number | undefined {
  return NUMBERS.get(name);
}

/** strerror(n) as glibc words it. */
export function strerror(n: number): string {
  return n >= 0 && n < MESSAGES.length && !MESSAGES[n]!.startsWith('Unknown') ? MESSAGES[n]! : `Unknown error ${n}`;
}

export const errnoModule = defineModule({
  name: 'errno',
  doc: null,
  init(dict) {
    const codes = newDict();
    dictSet(dict, 'errorcode', new Ref(codes));
    for (const item of CODES.split(' ')) {
      const [name, num] = item.split('=') as [string, string];
      dictSet(dict, name, Number(num));
      dictSet(codes, Number(num), name);
    }
  },
});
