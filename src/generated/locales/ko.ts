
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0d92757d19c079a4': `이 페이지에 작성된 행사 피드에 행사 목록이 없습니다.`,
's36d41c7532269f47': str`${0}에서 행사 피드를 찾을 수 없습니다(오류 404). 주소를 확인하세요.`,
's3bb786d3b55ba37c': `취소됨`,
's3e37405ad1394c53': `장소 확정 예정`,
's42a5dc55f504f8a9': `feed 속성에 행사 피드가 없습니다. 행사 목록이 없습니다.`,
's5543af54cb4d6682': `feed 속성에 올바른 JSON이 아닌 텍스트가 들어 있습니다.`,
's5a96f18ea7e0e519': str`행사 피드에 연결할 수 없습니다(${0}). 주소가 올바른지, 그리고 해당 서버가 이 사이트의 피드 읽기를 허용하는지 확인하세요.`,
's5d82176efe1ef78c': `행사 정보를 표시할 수 없습니다.`,
's605d402692fe23dd': `소속 시리즈:`,
's694d2385227feac3': `온라인으로 전환됨`,
's6a58a3643f6865ad': str`행사 피드 서버가 오류 ${0} 응답을 보냈습니다(${1}).`,
's7492e43aaa66d2bf': str`${0}에 있는 행사 피드가 올바른 JSON 형식이 아닙니다. 오타가 있을 수 있습니다.`,
's75f327cafe2dea1c': `행사 피드가 설정되지 않았습니다. 요소에 피드 주소를 담은 src 속성을 추가하세요.`,
's776d6a50167ab1b8': str`${0} 시간, ${1}`,
's840372ac3b2d998f': str`${0}에 있는 파일은 행사 피드가 아닙니다. 행사 목록이 없습니다.`,
's8740722379f1316e': str`행사 피드 주소가 올바른 웹 주소가 아닙니다: ${0}`,
'sa995ebd63979df2a': str`이 피드에는 id가 "${0}"인 행사가 없습니다.`,
'sabf0e099159a8caa': `온라인`,
'scae753aa81a865b1': `행사 정보를 불러오는 중…`,
'scf9adaf9d4dea6c6': str`행사 피드를 불러오는 데 시간이 너무 오래 걸렸습니다(${0}). 나중에 다시 시도하세요.`,
'sde7a7ce9c8f663a1': `연기됨`,
'se4edc81c590226e5': `주최:`,
'se90cd2152cf8991b': `일정 변경됨`,
'seadeb3a807d7478a': `온라인`,
'sedab98e36ab5ee60': `이 피드에는 행사가 없습니다.`,
'sefa7962908337eb1': `이 페이지에 작성된 행사 피드가 올바른 JSON 형식이 아닙니다. 오타가 있을 수 있습니다.`,
'sf4adf80b7a605b0d': `온라인 병행`,
    };
  